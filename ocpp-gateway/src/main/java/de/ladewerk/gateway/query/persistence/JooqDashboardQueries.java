package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.query.DashboardQueries;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * {@link DashboardQueries} in SQL over the gateway's {@code ocpp} tables and its V14 aggregates. Local hours
 * are Europe/Berlin (the network's time zone).
 */
public final class JooqDashboardQueries implements DashboardQueries {

    /**
     * Seconds each station's connectors were OCCUPIED per UTC hour from the hour holding the parameter on:
     * the {@code ocpp.occupancy_hourly} aggregate (V14), which cuts each status span (a status holds until
     * the connector's next report, or now) into hours and is exact up to now on both storage layouts.
     */
    private static final String OCCUPIED_HOURS = """
            SELECT station_id, bucket AS hour_start, occupied_seconds AS secs
            FROM ocpp.occupancy_hourly WHERE bucket > ?::timestamptz - interval '1 hour'
            """;

    private final DSLContext db;

    public JooqDashboardQueries(DSLContext db) {
        this.db = db;
    }

    @Override
    public StationCounts stationCounts() {
        Record r = db.fetchOne("""
                SELECT count(*) AS total, count(*) FILTER (WHERE online) AS online,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ocpp.connectors c
                           WHERE c.station_id = s.id AND c.status = 'FAULTED')) AS faulted,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ocpp.connectors c
                           WHERE c.station_id = s.id AND c.evse_id > 0 AND c.status = 'OCCUPIED')) AS in_use
                FROM ocpp.stations s""");
        long total = r.get("total", Long.class);
        long online = r.get("online", Long.class);
        return new StationCounts(total, online, total - online, r.get("faulted", Long.class), r.get("in_use", Long.class));
    }

    /** A session's metered energy in Wh so far (null-safe: 0 when there is no start or later reading). */
    private static final String SESSION_WH = "greatest(coalesce(se.meter_stop_wh, se.last_energy_wh, se.meter_start_wh, 0) "
            + "- coalesce(se.meter_start_wh, 0), 0)";

    @Override
    public Charging charging() {
        Record r = db.fetchOne("SELECT "
                + "(SELECT count(*) FROM ocpp.sessions WHERE status = 'ACTIVE') AS active, "
                + "(SELECT coalesce(sum(p.w), 0) FROM ocpp.sessions se CROSS JOIN LATERAL ("
                + "   SELECT m.normalized_value AS w FROM ocpp.meter_samples m WHERE m.session_id = se.id"
                + "   AND m.measurand = 'Power.Active.Import' AND m.phase IS NULL AND m.time > now() - interval '15 minutes'"
                + "   ORDER BY m.time DESC LIMIT 1) p WHERE se.status = 'ACTIVE')::float8 AS watts, "
                + "(SELECT coalesce(sum(" + SESSION_WH + "), 0) FROM ocpp.sessions se WHERE se.started_at >= "
                + "   date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin')::float8 AS today_wh, "
                + "(SELECT coalesce(sum(" + SESSION_WH + "), 0) FROM ocpp.sessions se WHERE se.started_at >= "
                + "   date_trunc('month', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin')::float8 AS month_wh");
        return new Charging(r.get("active", Long.class), r.get("watts", Double.class) / 1000,
                r.get("today_wh", Double.class) / 1000, r.get("month_wh", Double.class) / 1000);
    }

    @Override
    public List<EnergyDay> energyPerDay(Instant from, String district) {
        return db.fetch("SELECT (se.started_at AT TIME ZONE 'Europe/Berlin')::date AS day, sum(" + SESSION_WH + ")::float8 AS wh, "
                        + "count(*) AS n FROM ocpp.sessions se JOIN ocpp.stations st ON st.id = se.station_id "
                        + "WHERE se.started_at >= ?::timestamptz AND (?::text IS NULL OR st.district = ?) GROUP BY 1 ORDER BY 1",
                        from.atOffset(ZoneOffset.UTC), district, district)
                .map(r -> new EnergyDay(r.get("day", java.time.LocalDate.class), r.get("wh", Double.class) / 1000, r.get("n", Long.class)));
    }

    @Override
    public List<PowerPoint> power(Instant from, String district) {
        // per session (or, outside sessions, per EVSE) the mean power of each 15-minute bucket, summed per bucket;
        // from the ocpp.power_15m aggregate (V14), whose buckets hold sums and counts so the mean is exact
        return db.fetch("SELECT bucket, sum(w)::float8 AS w FROM (SELECT p.bucket, sum(p.sum_w) / nullif(sum(p.samples), 0) AS w "
                        + "FROM ocpp.power_15m p JOIN ocpp.stations st ON st.id = p.station_id "
                        + "WHERE p.bucket > ?::timestamptz - interval '15 minutes' AND (?::text IS NULL OR st.district = ?) "
                        + "GROUP BY p.bucket, p.station_id, p.evse_id, p.session_id) x GROUP BY bucket ORDER BY bucket",
                        from.atOffset(ZoneOffset.UTC), district, district)
                .map(r -> new PowerPoint(instant(r, "bucket"), r.get("w", Double.class) / 1000));
    }

    @Override
    public List<Fault> faults() {
        return db.fetch("""
                WITH f AS (
                    SELECT 'CONNECTOR' AS kind, c.station_id, s.district, c.evse_id, c.connector_id, c.status_at AS since,
                           c.error_code, c.vendor_error_code, c.info
                    FROM ocpp.connectors c JOIN ocpp.stations s ON s.id = c.station_id
                    WHERE c.status = 'FAULTED' OR c.error_code IS NOT NULL
                    UNION ALL
                    SELECT 'OFFLINE', s.id, s.district, 0, 0, coalesce(s.last_disconnected_at, s.last_connected_at), NULL, NULL, NULL
                    FROM ocpp.stations s WHERE NOT s.online AND s.last_connected_at IS NOT NULL
                )
                SELECT f.* FROM f
                ORDER BY f.since DESC, f.station_id""").map(r -> new Fault(r.get("kind", String.class),
                r.get("station_id", String.class), r.get("district", String.class), r.get("evse_id", Integer.class),
                r.get("connector_id", Integer.class), instant(r, "since"), r.get("error_code", String.class),
                r.get("vendor_error_code", String.class), r.get("info", String.class)));
    }

    @Override
    public List<StatusEntry> statusHistory(String stationId, Instant from, int limit) {
        return db.fetch("SELECT time, evse_id, connector_id, status, protocol_status, error_code, info FROM ocpp.status_events "
                        + "WHERE station_id = ? AND time >= ?::timestamptz ORDER BY time DESC LIMIT ?", stationId, from.atOffset(ZoneOffset.UTC), limit)
                .map(r -> new StatusEntry(instant(r, "time"), r.get("evse_id", Integer.class), r.get("connector_id", Integer.class),
                        r.get("status", String.class), r.get("protocol_status", String.class), r.get("error_code", String.class),
                        r.get("info", String.class)));
    }

    @Override
    public List<OccupiedHour> occupiedHours(Instant from, String district) {
        return db.fetch("WITH o AS (" + OCCUPIED_HOURS + ") "
                        + "SELECT extract(isodow FROM hour_start AT TIME ZONE 'Europe/Berlin')::int AS weekday, "
                        + "extract(hour FROM hour_start AT TIME ZONE 'Europe/Berlin')::int AS hour, sum(secs)::float8 AS secs "
                        + "FROM o JOIN ocpp.stations st ON st.id = o.station_id WHERE (?::text IS NULL OR st.district = ?) "
                        + "GROUP BY 1, 2 ORDER BY 1, 2", from.atOffset(ZoneOffset.UTC), district, district)
                .map(r -> new OccupiedHour(r.get("weekday", Integer.class), r.get("hour", Integer.class), r.get("secs", Double.class)));
    }

    @Override
    public long connectorCount(String district) {
        return db.fetchOne("SELECT count(*) AS n FROM ocpp.connectors c JOIN ocpp.stations s ON s.id = c.station_id "
                + "WHERE c.evse_id > 0 AND (?::text IS NULL OR s.district = ?)", district, district).get("n", Long.class);
    }

    @Override
    public List<District> districts(Instant from) {
        return db.fetch("WITH o AS (" + OCCUPIED_HOURS + "), occ AS (SELECT station_id, sum(secs) AS secs FROM o GROUP BY 1) "
                        + "SELECT s.district, count(*) AS stations, count(*) FILTER (WHERE s.online) AS online, "
                        + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ocpp.connectors c WHERE c.station_id = s.id AND c.status = 'FAULTED')) AS faulted, "
                        + "coalesce(sum((SELECT count(*) FROM ocpp.connectors c WHERE c.station_id = s.id AND c.evse_id > 0)), 0)::bigint AS connectors, "
                        + "coalesce(sum(occ.secs), 0)::float8 AS secs "
                        + "FROM ocpp.stations s LEFT JOIN occ ON occ.station_id = s.id GROUP BY s.district ORDER BY s.district NULLS LAST",
                        from.atOffset(ZoneOffset.UTC))
                .map(r -> new District(r.get("district", String.class), r.get("stations", Long.class), r.get("online", Long.class),
                        r.get("faulted", Long.class), r.get("connectors", Long.class), r.get("secs", Double.class)));
    }

    private static Instant instant(Record r, String column) {
        OffsetDateTime t = r.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
