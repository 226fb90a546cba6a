package de.ladewerk.gateway.command;

/** A command for a station that is not registered. */
public final class NoSuchStationException extends RuntimeException {

    public NoSuchStationException(String stationId) {
        super("no station " + stationId, null, false, false);
    }
}
