package de.ladewerk.gateway.handshake;

/** Refuses a WebSocket upgrade with an HTTP status; the reason goes to the log, not to the station. */
public final class HandshakeRejection extends RuntimeException {

    private final int status;

    public HandshakeRejection(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
