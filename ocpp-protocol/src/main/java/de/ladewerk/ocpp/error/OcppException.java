package de.ladewerk.ocpp.error;

/**
 * A CALL failed for a reason the peer must be told as a CALLERROR. The description is cut to the
 * 255 characters OCPP allows when the frame is written.
 */
public class OcppException extends RuntimeException {

    private final ErrorKind kind;

    public OcppException(ErrorKind kind, String description) {
        super(description);
        this.kind = kind;
    }

    public OcppException(ErrorKind kind, String description, Throwable cause) {
        super(description, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
