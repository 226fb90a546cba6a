package de.ladewerk.gateway.query;

import java.time.Instant;
import java.util.List;

/**
 * Read port of the dashboard over the gateway's data: network figures, faults, status history, utilisation.
 * Blocking: workers only.
 */
public interface DashboardQueries {

    /** Stations by state right now. {@code inUse}: at least one connector occupied. */
    record StationCounts(long total, long online, long offline, long faulted, long inUse) {
    }

    /** A fault now: a connector FAULTED (or reporting an error code), or a station offline that was online before. */
    record Fault(String kind, String stationId, String district, int evseId, int connectorId, Instant since,
                 String errorCode, String vendorErrorCode, String info) {
    }

    /** One status a connector reported. */
    record StatusEntry(Instant time, int evseId, int connectorId, String status, String protocolStatus,
                       String errorCode, String info) {
    }

    /** Occupied connector-seconds in one local weekday (1 = Monday) and hour. */
    record OccupiedHour(int weekday, int hour, double occupiedSeconds) {
    }

    /** Figures of one district (stations without one are under {@code null}). */
    record District(String district, long stations, long online, long faulted, long connectors, double occupiedSeconds) {
    }

    /**
     * Charging right now and energy delivered. Energy counts each session's metered energy (stop or latest
     * register reading minus start) on the local day its session started.
     */
    record Charging(long activeSessions, double powerKw, double energyTodayKwh, double energyMonthKwh) {
    }

    /** Energy of the sessions started on one local day. */
    record EnergyDay(java.time.LocalDate day, double energyKwh, long sessions) {
    }

    /** Network power in one 15-minute bucket: the sum over sessions of their mean active power. */
    record PowerPoint(Instant time, double powerKw) {
    }

    StationCounts stationCounts();

    Charging charging();

    List<EnergyDay> energyPerDay(Instant from, String district);

    List<PowerPoint> power(Instant from, String district);

    /** Newest first. */
    List<Fault> faults();

    List<StatusEntry> statusHistory(String stationId, Instant from, int limit);

    /** Occupied time by local weekday and hour since {@code from}, optionally in one district. */
    List<OccupiedHour> occupiedHours(Instant from, String district);

    /** How many charging connectors (EVSE > 0) there are, optionally in one district. */
    long connectorCount(String district);

    List<District> districts(Instant from);
}
