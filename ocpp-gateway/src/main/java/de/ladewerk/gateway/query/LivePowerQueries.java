package de.ladewerk.gateway.query;

import java.time.Instant;
import java.util.List;

/** The power stations draw now, from their sessions' latest power readings. Blocking: worker threads only. */
public interface LivePowerQueries {

    /** A station's current power: the sum over its active sessions of each one's latest whole-EVSE reading. */
    record StationPower(String stationId, double powerKw) {
    }

    /** Stations with an active session that reported {@code Power.Active.Import} after {@code since}; others draw 0. */
    List<StationPower> perStation(Instant since);
}
