package de.ladewerk.simulator.station;

/** The connection closed (or was never open) while a CALL waited for its answer. */
public final class ConnectionClosedException extends StationClientException {

    public ConnectionClosedException(String message) {
        super(message);
    }
}
