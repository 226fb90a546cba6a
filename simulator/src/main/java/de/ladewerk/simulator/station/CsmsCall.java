package de.ladewerk.simulator.station;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.registry.PayloadCodec;

/** A CALL the CSMS sent to the station, as handed to a {@link CsmsCallHandler}. */
public final class CsmsCall {

    private final String messageId;
    private final String action;
    private final JsonNode payload;
    private final PayloadCodec codec;

    CsmsCall(String messageId, String action, JsonNode payload, PayloadCodec codec) {
        this.messageId = messageId;
        this.action = action;
        this.payload = payload;
        this.codec = codec;
    }

    public String messageId() {
        return messageId;
    }

    public String action() {
        return action;
    }

    /** The payload as received (already validated when the action is known to the version). */
    public JsonNode payload() {
        return payload;
    }

    /**
     * The payload validated and bound to a message record.
     *
     * @throws de.ladewerk.ocpp.error.OcppException when it breaks the record's schema
     */
    public <T> T payloadAs(Class<T> type) {
        return codec.decode(payload, type);
    }
}
