package de.ladewerk.ocpp.validation;

import de.ladewerk.ocpp.error.ErrorKind;

/**
 * The first rule a payload breaks.
 *
 * @param kind    which CallError the peer gets
 * @param path    where, e.g. {@code meterValue[0].sampledValue[1].unit}; empty for the payload itself
 * @param message what is wrong, for the errorDescription
 */
public record Violation(ErrorKind kind, String path, String message) {

    /** The errorDescription text: path and message. */
    public String description() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
