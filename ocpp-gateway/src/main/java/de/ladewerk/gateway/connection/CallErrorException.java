package de.ladewerk.gateway.connection;

import com.fasterxml.jackson.databind.JsonNode;

/** The station answered a CSMS call with a CALLERROR. */
public final class CallErrorException extends RuntimeException {

    private final String errorCode;
    private final JsonNode details;

    public CallErrorException(String errorCode, String description, JsonNode details) {
        super(errorCode + ": " + description, null, false, false);
        this.errorCode = errorCode;
        this.details = details;
    }

    public String errorCode() {
        return errorCode;
    }

    public JsonNode details() {
        return details;
    }
}
