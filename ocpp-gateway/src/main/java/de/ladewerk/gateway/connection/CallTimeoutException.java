package de.ladewerk.gateway.connection;

/** The station did not answer a CSMS call in time. */
public final class CallTimeoutException extends RuntimeException {

    public CallTimeoutException(String action, long timeoutMillis) {
        super("station did not answer " + action + " within " + timeoutMillis + " ms", null, false, false);
    }
}
