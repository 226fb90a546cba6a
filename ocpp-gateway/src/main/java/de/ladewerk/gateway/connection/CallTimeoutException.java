package de.ladewerk.gateway.connection;

/** The station did not answer a CSMS call in time. */
public final class CallTimeoutException extends RuntimeException {

    public CallTimeoutException(String action, long timeoutMillis) {
        this("station did not answer " + action + " within " + timeoutMillis + " ms");
    }

    /** A timeout someone else already described (e.g. a recorded command's outcome). */
    public CallTimeoutException(String description) {
        super(description, null, false, false);
    }
}
