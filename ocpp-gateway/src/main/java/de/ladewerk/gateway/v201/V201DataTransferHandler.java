package de.ladewerk.gateway.v201;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.ladewerk.gateway.datatransfer.DataTransferService;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferRequest;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferResponse;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferStatus;
import io.vertx.core.Future;

/** OCPP 2.0.1 DataTransfer from a station: recorded (data as JSON text) and answered by the vendor's extension. */
public final class V201DataTransferHandler implements CallHandler<DataTransferRequest, DataTransferResponse> {

    private final DataTransferService transfers;

    public V201DataTransferHandler(DataTransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public Future<DataTransferResponse> handle(StationSession session, DataTransferRequest r) {
        String data = r.data() == null ? null : r.data().toString();
        return transfers.received(session.stationId(), r.vendorId(), r.messageId(), data).map(answer ->
                new DataTransferResponse(DataTransferStatus.valueOf(answer.status().name()), null, json(answer.data())));
    }

    /** An extension's answer text as JSON; text that is no JSON goes as a JSON string. */
    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OcppJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }
}
