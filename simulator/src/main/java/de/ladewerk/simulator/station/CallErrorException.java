package de.ladewerk.simulator.station;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.error.ErrorKind;
import java.util.Optional;

/** The CSMS answered a CALL with a CALLERROR. */
public final class CallErrorException extends StationClientException {

    private final String action;
    private final String errorCode;
    private final String description;
    private final transient JsonNode details;

    public CallErrorException(String action, String errorCode, String description, JsonNode details) {
        super(action + " answered with CALLERROR " + errorCode + ": " + description);
        this.action = action;
        this.errorCode = errorCode;
        this.description = description;
        this.details = details;
    }

    /** The action of the CALL that failed. */
    public String action() {
        return action;
    }

    /** The error code exactly as received, e.g. {@code FormationViolation}. */
    public String errorCode() {
        return errorCode;
    }

    /** The error code read into a version-independent kind, if it is one OCPP defines. */
    public Optional<ErrorKind> kind() {
        return ErrorKind.parse(errorCode);
    }

    public String description() {
        return description;
    }

    public JsonNode details() {
        return details;
    }
}
