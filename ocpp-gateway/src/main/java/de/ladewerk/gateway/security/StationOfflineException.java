package de.ladewerk.gateway.security;

/** A command for a station that has no open connection on this node: nothing was sent. */
public final class StationOfflineException extends RuntimeException {

    public StationOfflineException(String stationId) {
        super("station " + stationId + " is not connected", null, false, false);
    }
}
