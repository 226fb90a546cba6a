package de.ladewerk.simulator.station;

import de.ladewerk.ocpp.error.ErrorKind;

/**
 * The CSMS answered a CALL with a frame or payload that breaks the OCPP schema, so a strict station
 * refuses it. {@link #kind()} names the rule broken, as the station would report it in a CALLERROR.
 */
public final class InvalidAnswerException extends StationClientException {

    private final String action;
    private final ErrorKind kind;

    public InvalidAnswerException(String action, ErrorKind kind, String description) {
        super("CSMS answer to " + action + " breaks the schema (" + kind + "): " + description);
        this.action = action;
        this.kind = kind;
    }

    public String action() {
        return action;
    }

    public ErrorKind kind() {
        return kind;
    }
}
