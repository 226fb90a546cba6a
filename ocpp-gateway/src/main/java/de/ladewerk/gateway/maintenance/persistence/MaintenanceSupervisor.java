package de.ladewerk.gateway.maintenance.persistence;

import de.ladewerk.gateway.maintenance.MaintenanceJob;
import de.ladewerk.gateway.maintenance.MaintenanceStatus;
import de.ladewerk.gateway.aggregate.persistence.AggregateRefresher;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes maintenance really run. TimescaleDB's scheduler may fail every job (PostgreSQL 15.20 with
 * TimescaleDB 2.28.3: {@code cannot drop portal "" while it is being set up}) while {@code CALL run_job}
 * from an ordinary session works; so each {@link #tick} reads {@code timescaledb_information.jobs} and
 * {@code job_stats}, and runs every job that the scheduler failed or that has not succeeded within its
 * interval itself. Ladewerk's own jobs (the aggregates it refreshes; on plain PostgreSQL also the
 * meter-sample partitions) are run the same way on both layouts.
 *
 * <p>Once per cluster: only the node holding the advisory lock {@value #LOCK} (taken with
 * {@code pg_try_advisory_lock} on a connection kept for it) runs jobs; the others only report. Runs are
 * recorded in {@code ocpp.maintenance_runs}, so a node that takes over sees what was done. Blocking:
 * call {@link #tick} from a worker, never an event loop (see {@link MaintenanceSchedule}).
 *
 * <p>Visible: per job the gauge {@code ladewerk.maintenance.last.success} (epoch seconds) and the counter
 * {@code ladewerk.maintenance.failures}, tagged with the job's name; {@link #status()} for health.
 */
public final class MaintenanceSupervisor implements AutoCloseable {

    /** How often the supervisor looks. */
    public static final Duration DEFAULT_TICK = Duration.ofMinutes(1);
    /** How often Ladewerk refreshes its own aggregates; the raw tail covers the time between. */
    public static final Duration AGGREGATE_INTERVAL = Duration.ofMinutes(10);
    /** How often the coming months' meter-sample partitions are ensured (plain PostgreSQL). */
    public static final Duration PARTITION_INTERVAL = Duration.ofDays(1);

    static final String LOCK = "ladewerk maintenance";
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceSupervisor.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final MaintenanceCatalog catalog;
    private final AggregateRefresher aggregates;
    private final MeterRegistry meters;
    private final Instant startedAt;
    private final Map<String, MaintenanceJob> seen = new ConcurrentHashMap<>();
    private Connection lock;
    private volatile MaintenanceStatus status;

    /** With the default intervals. */
    public MaintenanceSupervisor(DataSource dataSource, Clock clock, MeterRegistry meters) {
        this(dataSource, clock, meters, AGGREGATE_INTERVAL, PARTITION_INTERVAL);
    }

    public MaintenanceSupervisor(DataSource dataSource, Clock clock, MeterRegistry meters, Duration aggregateInterval,
                                 Duration partitionInterval) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.meters = meters;
        this.catalog = new MaintenanceCatalog(aggregateInterval, partitionInterval);
        this.aggregates = new AggregateRefresher(dataSource);
        this.startedAt = clock.instant();
        this.status = MaintenanceStatus.unknown(startedAt);
    }

    /** What the last tick found. */
    public MaintenanceStatus status() {
        return status;
    }

    /**
     * Looks at every job and, on the node holding the cluster's lock, runs those that are due. Never throws:
     * a database it cannot read is reported in the status. Blocking.
     */
    public synchronized MaintenanceStatus tick() {
        Instant now = clock.instant();
        MaintenanceStatus before = status;
        try (Connection c = dataSource.getConnection()) {
            boolean timescale = MaintenanceCatalog.timescale(c);
            boolean active = holdLock();
            List<MaintenanceJob> jobs = catalog.jobs(c, timescale);
            String schedulerError = schedulerError(jobs);
            if (active && jobs.stream().anyMatch(j -> j.due(now))) {
                for (MaintenanceJob job : jobs) {
                    if (job.due(now)) {
                        run(c, job);
                    }
                }
                jobs = catalog.jobs(c, timescale);
            }
            status = status(timescale, active, now, jobs, schedulerError);
        } catch (SQLException | RuntimeException e) {
            status = new MaintenanceStatus(before.layout(), false, now, before.jobs(),
                    "cannot check maintenance: " + e.getMessage());
        }
        if (!Objects.equals(before.finding(), status.finding())) {
            LOG.info("maintenance: {}", status.finding());
        }
        return status;
    }

    private void run(Connection c, MaintenanceJob job) {
        String error = null;
        try {
            if (job.timescaleJobId() != null) {
                try (PreparedStatement ps = c.prepareStatement("CALL run_job(?)")) {
                    ps.setInt(1, job.timescaleJobId());
                    ps.execute();
                }
            } else if (MaintenanceCatalog.PARTITIONS.equals(job.name())) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT ocpp.ensure_meter_sample_partitions(12)");
                }
            } else {
                aggregates.refreshAll();
            }
        } catch (SQLException | RuntimeException e) {
            error = e.getMessage();
            LOG.warn("maintenance job {} failed: {}", job.name(), error);
        }
        try {
            catalog.record(c, job.name(), clock.instant(), error);
        } catch (SQLException e) {
            LOG.warn("cannot record the run of maintenance job {}: {}", job.name(), e.getMessage());
        }
    }

    private MaintenanceStatus status(boolean timescale, boolean active, Instant now, List<MaintenanceJob> jobs,
                                     String schedulerError) {
        for (MaintenanceJob job : jobs) {
            if (seen.put(job.name(), job) == null) {
                register(job.name());
            }
        }
        List<MaintenanceStatus.Job> out = jobs.stream().map(j -> new MaintenanceStatus.Job(j.name(),
                j.interval().toSeconds(), j.lastSuccess(), j.failures(), j.late(now, startedAt), j.lastError())).toList();
        String finding;
        if (schedulerError != null) {
            finding = "TimescaleDB's scheduler fails its jobs (" + schedulerError + "); Ladewerk runs them itself "
                    + "with CALL run_job, once per cluster";
        } else if (timescale) {
            finding = "TimescaleDB's scheduler runs the jobs; Ladewerk runs any it fails or leaves late";
        } else {
            finding = "plain PostgreSQL: Ladewerk refreshes the aggregates and keeps the partitions";
        }
        if (!active) {
            finding += " (another node holds the maintenance lock)";
        }
        return new MaintenanceStatus(timescale ? "timescaledb" : "postgresql", active, now, out, finding);
    }

    /** The scheduler's error where its latest run of a job failed, else null. */
    private static String schedulerError(List<MaintenanceJob> jobs) {
        return jobs.stream().map(MaintenanceJob::schedulerError).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void register(String job) {
        Gauge.builder("ladewerk.maintenance.last.success", seen, m -> {
                    MaintenanceJob j = m.get(job);
                    return j == null || j.lastSuccess() == null ? Double.NaN : j.lastSuccess().getEpochSecond();
                })
                .tag("job", job).baseUnit("seconds")
                .description("When the maintenance job last succeeded (epoch seconds)").register(meters);
        FunctionCounter.builder("ladewerk.maintenance.failures", seen, m -> {
                    MaintenanceJob j = m.get(job);
                    return j == null ? 0 : j.failures();
                })
                .tag("job", job).description("Failed runs of the maintenance job (TimescaleDB's scheduler and Ladewerk)")
                .register(meters);
    }

    /** Keeps or takes the cluster's maintenance lock on a connection held for it. */
    private boolean holdLock() {
        try {
            if (lock != null && lock.isValid(2)) {
                return true;
            }
            release();
            Connection candidate = dataSource.getConnection();
            boolean got;
            try (PreparedStatement ps = candidate.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                ps.setString(1, LOCK);
                try (ResultSet rs = ps.executeQuery()) {
                    got = rs.next() && rs.getBoolean(1);
                }
            }
            if (got) {
                lock = candidate;
                LOG.info("this node runs the cluster's maintenance jobs");
            } else {
                candidate.close();
            }
            return got;
        } catch (SQLException e) {
            release();
            return false;
        }
    }

    private void release() {
        if (lock == null) {
            return;
        }
        try (Connection c = lock; PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            ps.setString(1, LOCK);
            ps.execute();
        } catch (SQLException e) {
            // a broken connection's session is gone, and its lock with it
        }
        lock = null;
    }

    /** Lets another node take over the jobs. Blocking. */
    @Override
    public synchronized void close() {
        release();
    }
}
