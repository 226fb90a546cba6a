package de.ladewerk.app.web;

import java.time.Instant;
import java.util.List;

/** Read side of the dashboard: network figures, faults, status history, utilisation. Blocking: workers only. */
public interface DashboardQueries {

    /** Stations by state right now. {@code inUse}: at least one connector occupied. */
    record StationCounts(long total, long online, long offline, long faulted, long inUse) {
    }

    /** A fault now: a connector FAULTED (or reporting an error code), or a station offline that was online before. */
    record Fault(String kind, String stationId, String district, int evseId, int connectorId, Instant since,
                 String errorCode, String vendorErrorCode, String info, Acknowledgement acknowledgement) {
    }

    /** An operator's note that they saw a fault. */
    record Acknowledgement(String by, Instant at, String comment) {
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

    StationCounts stationCounts();

    List<Fault> faults();

    List<StatusEntry> statusHistory(String stationId, Instant from, int limit);

    /** Occupied time by local weekday and hour since {@code from}, optionally in one district. */
    List<OccupiedHour> occupiedHours(Instant from, String district);

    /** How many charging connectors (EVSE > 0) there are, optionally in one district. */
    long connectorCount(String district);

    List<District> districts(Instant from);
}
