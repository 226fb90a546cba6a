package de.ladewerk.gateway.maintenance.persistence;

import de.ladewerk.gateway.maintenance.MaintenanceJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PGInterval;

/** Reads the maintenance jobs and their record, and writes the supervisor's own runs. Blocking JDBC. */
final class MaintenanceCatalog {

    /** Ladewerk's own jobs: the aggregates it refreshes (both layouts), the partitions (plain PostgreSQL). */
    static final String AGGREGATES = "aggregates";
    static final String PARTITIONS = "partitions";

    private static final String TIMESCALE_JOBS = """
            SELECT j.job_id,
                   CASE j.proc_name WHEN 'policy_compression' THEN 'compression'
                                    WHEN 'policy_retention' THEN 'retention'
                                    WHEN 'policy_refresh_continuous_aggregate' THEN 'refresh'
                                    ELSE j.proc_name END || ' ' || j.hypertable_schema || '.' || j.hypertable_name,
                   j.schedule_interval, s.last_successful_finish,
                   CASE WHEN s.last_run_status = 'Failed'
                        THEN s.last_run_started_at + coalesce(s.last_run_duration, INTERVAL '0') END,
                   coalesce(s.total_failures, 0),
                   (SELECT e.err_message FROM timescaledb_information.job_errors e
                     WHERE e.job_id = j.job_id ORDER BY e.finish_time DESC LIMIT 1)
              FROM timescaledb_information.jobs j
              LEFT JOIN timescaledb_information.job_stats s ON s.job_id = j.job_id
             WHERE j.hypertable_schema = 'ocpp' AND j.scheduled
             ORDER BY 2""";

    private final Duration aggregateInterval;
    private final Duration partitionInterval;

    MaintenanceCatalog(Duration aggregateInterval, Duration partitionInterval) {
        this.aggregateInterval = aggregateInterval;
        this.partitionInterval = partitionInterval;
    }

    /** Whether the database has the TimescaleDB layout (V2 records it). */
    static boolean timescale(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT timescaledb FROM ocpp.storage_layout")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Every job with what TimescaleDB and Ladewerk's own record say about it. */
    List<MaintenanceJob> jobs(Connection c, boolean timescale) throws SQLException {
        Map<String, Own> own = own(c);
        List<MaintenanceJob> jobs = new ArrayList<>();
        jobs.add(ownJob(AGGREGATES, aggregateInterval, own.get(AGGREGATES)));
        if (!timescale) {
            jobs.add(ownJob(PARTITIONS, partitionInterval, own.get(PARTITIONS)));
            return jobs;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TIMESCALE_JOBS)) {
            while (rs.next()) {
                String name = rs.getString(2);
                Own o = own.getOrDefault(name, Own.NONE);
                Instant scheduled = instant(rs.getTimestamp(4));
                Instant lastSuccess = later(scheduled, o.lastSuccess());
                Instant failedAt = instant(rs.getTimestamp(5));
                Instant schedulerFailed = failedAt;
                if (failedAt != null && lastSuccess != null && !failedAt.isAfter(lastSuccess)) {
                    failedAt = null; // Ladewerk ran it after the scheduler failed
                }
                String schedulerError = schedulerFailed == null ? null
                        : rs.getString(7) == null ? "failed" : rs.getString(7);
                String error = failedAt != null || o.lastError() == null ? schedulerError : o.lastError();
                jobs.add(new MaintenanceJob(name, duration((PGInterval) rs.getObject(3)), rs.getInt(1), lastSuccess,
                        failedAt, schedulerError, rs.getLong(6) + o.failures(), error));
            }
        }
        return jobs;
    }

    /** Records a run of the supervisor's. */
    void record(Connection c, String job, Instant at, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ocpp.maintenance_runs AS r (job, runs, last_success, last_failure, failures, last_error)
                VALUES (?, 1, ?, ?, ?, ?)
                ON CONFLICT (job) DO UPDATE SET runs = r.runs + 1,
                    last_success = coalesce(EXCLUDED.last_success, r.last_success),
                    last_failure = coalesce(EXCLUDED.last_failure, r.last_failure),
                    failures = r.failures + EXCLUDED.failures,
                    last_error = CASE WHEN EXCLUDED.last_failure IS NULL THEN r.last_error ELSE EXCLUDED.last_error END""")) {
            Timestamp t = Timestamp.from(at);
            ps.setString(1, job);
            ps.setTimestamp(2, error == null ? t : null);
            ps.setTimestamp(3, error == null ? null : t);
            ps.setLong(4, error == null ? 0 : 1);
            ps.setString(5, error);
            ps.executeUpdate();
        }
    }

    private record Own(Instant lastSuccess, long failures, String lastError) {
        static final Own NONE = new Own(null, 0, null);
    }

    private static Map<String, Own> own(Connection c) throws SQLException {
        Map<String, Own> own = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT job, last_success, failures, last_error FROM ocpp.maintenance_runs")) {
            while (rs.next()) {
                own.put(rs.getString(1), new Own(instant(rs.getTimestamp(2)), rs.getLong(3), rs.getString(4)));
            }
        }
        return own;
    }

    private static MaintenanceJob ownJob(String name, Duration interval, Own o) {
        Own own = o == null ? Own.NONE : o;
        return new MaintenanceJob(name, interval, null, own.lastSuccess(), null, null, own.failures(), own.lastError());
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(Timestamp t) {
        // TimescaleDB writes -infinity for "never"
        return t == null || t.getTime() <= Long.MIN_VALUE / 2 || t.toInstant().getEpochSecond() < 0 ? null : t.toInstant();
    }

    private static Duration duration(PGInterval i) {
        return Duration.ofDays(i.getYears() * 365L + i.getMonths() * 30L + i.getDays())
                .plusHours(i.getHours()).plusMinutes(i.getMinutes()).plusMillis(Math.round(i.getSeconds() * 1000));
    }
}
