package de.ladewerk.gateway.query.persistence;

/**
 * The SQL behind planning's measured reality. Plain PostgreSQL (date_trunc with a time zone, date_bin),
 * so it runs the same on TimescaleDB hypertables and on the partitioned tables of plain PostgreSQL.
 * Metered power comes from the {@code ocpp.power_15m} aggregate (V14: per 15-minute bucket, EVSE, session
 * and location the sum, count and maximum of the samples; same name and answers on both layouts); the
 * measured window starts and ends on whole days, so its buckets lie wholly inside or outside.
 * The {@code ports} CTE is the classified EVSE list handed in as arrays (station, evse, district, current),
 * so sessions are grouped by what the installed network says each EVSE is.
 */
final class MeasuredUseSql {

    private MeasuredUseSql() {
    }

    /** Every EVSE (connector groups, EVSE 0 left out) of an accepted station, its district and metered peak. */
    static final String EVSES = """
            SELECT c.station_id, c.evse_id, coalesce(nullif(st.district, ''), ?) AS district,
                   (SELECT max(p.max_w) / 1000 FROM ocpp.power_15m p
                     WHERE p.station_id = c.station_id AND p.evse_id = c.evse_id AND p.location = 'Outlet'
                       AND p.bucket >= ? AND p.bucket < ?) AS peak_kw
              FROM (SELECT DISTINCT station_id, evse_id FROM ocpp.connectors WHERE evse_id > 0) c
              JOIN ocpp.stations st ON st.id = c.station_id
             WHERE st.registration_status = 'ACCEPTED'
             ORDER BY c.station_id, c.evse_id""";

    /** The same without meter samples (a database from before sessions were stored). */
    static final String EVSES_WITHOUT_SAMPLES = """
            SELECT c.station_id, c.evse_id, coalesce(nullif(st.district, ''), ?) AS district,
                   CAST(NULL AS numeric) AS peak_kw, CAST(? AS timestamptz), CAST(? AS timestamptz)
              FROM (SELECT DISTINCT station_id, evse_id FROM ocpp.connectors WHERE evse_id > 0) c
              JOIN ocpp.stations st ON st.id = c.station_id
             WHERE st.registration_status = 'ACCEPTED'
             ORDER BY c.station_id, c.evse_id""";

    /** Parameters: 4 arrays (ports), window start, window end. */
    private static final String ENDED = """
            WITH ports(station_id, evse_id, district, current) AS (
                SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]))),
            ended AS (
                SELECT p.district, p.current, s.started_at, s.ended_at,
                       coalesce(s.meter_stop_wh - s.meter_start_wh, 0) AS wh
                  FROM ocpp.sessions s JOIN ports p ON p.station_id = s.station_id AND p.evse_id = s.evse_id
                 WHERE s.status = 'ENDED' AND s.ended_at > s.started_at
                   AND s.started_at >= ? AND s.started_at < ?)
            """;

    /** Sessions, energy and median plug-in time per district and current type. */
    static final String TOTALS = ENDED + """
            SELECT district, current, count(*) AS sessions, sum(wh) / 1000 AS kwh,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ended_at - started_at) / 3600)
                       AS median_dwell_h
              FROM ended GROUP BY district, current""";

    /** Session starts per local hour of day, working days and weekends apart. Extra parameter: zone (×2). */
    static final String STARTS = ENDED + """
            SELECT district, current, extract(isodow FROM started_at AT TIME ZONE ?) >= 6 AS weekend,
                   CAST(extract(hour FROM started_at AT TIME ZONE ?) AS int) AS hour, count(*) AS starts
              FROM ended GROUP BY 1, 2, 3, 4""";

    /**
     * Minutes plugged in per local hour of day: each session is cut into the local clock hours it touches
     * (date_trunc in the zone), each piece counted in its hour. Extra parameters: zone (×3).
     */
    static final String OCCUPANCY = ENDED + """
            SELECT district, current, extract(isodow FROM h AT TIME ZONE ?) >= 6 AS weekend,
                   CAST(extract(hour FROM h AT TIME ZONE ?) AS int) AS hour,
                   sum(extract(epoch FROM least(ended_at, h + INTERVAL '1 hour') - greatest(started_at, h))) / 60
                       AS minutes
              FROM ended CROSS JOIN LATERAL
                   generate_series(date_trunc('hour', started_at, ?), ended_at, INTERVAL '1 hour') AS g(h)
             WHERE h < ended_at
             GROUP BY 1, 2, 3, 4""";

    /**
     * Highest 15-minute power of all EVSEs of a district and current type together: metered power
     * averaged per EVSE and 15-minute bucket (sum over count of the aggregate), summed per bucket, the maximum kept.
     * Parameters: 4 arrays (ports), window start, window end.
     */
    static final String PEAK = """
            WITH ports(station_id, evse_id, district, current) AS (
                SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]))),
            per_evse AS (
                SELECT station_id, evse_id, bucket, sum(sum_w) / nullif(sum(samples), 0) AS mean_w
                  FROM ocpp.power_15m
                 WHERE location = 'Outlet' AND bucket >= ? AND bucket < ?
                 GROUP BY 1, 2, 3)
            SELECT district, current, max(kw) AS peak_kw
              FROM (SELECT p.district, p.current, e.bucket, sum(e.mean_w) / 1000 AS kw
                      FROM per_evse e JOIN ports p ON p.station_id = e.station_id AND p.evse_id = e.evse_id
                     GROUP BY 1, 2, 3) buckets
             GROUP BY 1, 2""";
}
