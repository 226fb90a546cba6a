package de.ladewerk.simulator.station;

/**
 * The server refused the WebSocket upgrade with an HTTP status, e.g. 400 (no acceptable subprotocol)
 * or 401 (missing or wrong Basic-auth credentials).
 */
public final class UpgradeRejectedException extends StationClientException {

    private final int status;

    public UpgradeRejectedException(String identity, int status, Throwable cause) {
        super("WebSocket upgrade of " + identity + " refused with HTTP " + status, cause);
        this.status = status;
    }

    /** The HTTP status of the refusal. */
    public int status() {
        return status;
    }
}
