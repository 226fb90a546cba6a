package de.ladewerk.simulator.station;

/** Base of every failure a {@link StationClient} reports; the subclasses say what went wrong. */
public class StationClientException extends RuntimeException {

    public StationClientException(String message) {
        super(message);
    }

    public StationClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
