package de.ladewerk.planning.measured;

import java.util.List;

/**
 * The port through which planning sees Ladewerk's real network. Implemented in the app module with
 * time-bucketed queries over stations, sessions and meter values; {@link InMemoryMeasuredSource}
 * serves tests and files.
 *
 * <p>Implementations pick the measured window (e.g. the last 90 complete days) and report it in
 * {@link MeasuredUse#days()}. Only publicly accessible connectors belong here.
 */
public interface MeasuredNetworkSource {

    /** Every public connector group installed today, with its district. */
    List<InstalledPort> installedPorts();

    /** Measured use per district and current type over the window; districts without sessions may be absent. */
    List<MeasuredUse> measuredUse();

    /**
     * Installed and used public points per district and month, from {@code from} to {@code to} inclusive,
     * for actual against target. A source that cannot tell (e.g. a CSV of today's network) returns nothing.
     *
     * <p>The app implements it with the gateway's read port {@code MonthlyPointsQueries} (plain PostgreSQL,
     * zone = the configured zone): per local
     * month m and district, <em>installed</em> = count of EVSEs ({@code ocpp.connectors.evse_id > 0}) of
     * ACCEPTED stations first seen before the end of m (registration or first BootNotification time),
     * and <em>used</em> = count of distinct (station, EVSE) with a session whose {@code started_at} lies in m:
     * {@code date_trunc('month', started_at, zone)} grouped by district.
     */
    default List<MonthlyPoints> monthlyPoints(java.time.YearMonth from, java.time.YearMonth to) {
        return List.of();
    }
}
