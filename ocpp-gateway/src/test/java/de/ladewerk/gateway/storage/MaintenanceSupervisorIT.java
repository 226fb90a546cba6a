package de.ladewerk.gateway.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.ladewerk.gateway.maintenance.MaintenanceStatus;
import de.ladewerk.gateway.maintenance.persistence.MaintenanceSupervisor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The maintenance supervisor on a fresh database: every job (TimescaleDB's policies and Ladewerk's own)
 * succeeds within one interval, several supervisors against one database run each job once, and a job
 * TimescaleDB's scheduler failed is run by the supervisor. {@link PlainMaintenanceSupervisorIT}: the same on
 * plain PostgreSQL, where the jobs are Ladewerk's aggregate refresh and partitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaintenanceSupervisorIT {

    private static final Duration AGGREGATES = Duration.ofMinutes(10);
    private static final Duration PARTITIONS = Duration.ofDays(1);

    private MigratedDatabase db;
    private Instant start;

    boolean plain() {
        return false;
    }

    @BeforeAll
    void migrate() throws Exception {
        db = new MigratedDatabase(plain() ? "maintenance_plain" : "maintenance", plain());
        // the database's clock: TimescaleDB's job records are in its time
        start = Instant.parse(db.first("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')").get(0));
    }

    @AfterAll
    void drop() {
        db.close();
    }

    private MaintenanceSupervisor supervisor(Instant at, SimpleMeterRegistry meters) {
        return new MaintenanceSupervisor(db.dataSource, Clock.fixed(at, ZoneOffset.UTC), meters, AGGREGATES, PARTITIONS);
    }

    private long runs(String job) throws Exception {
        return runs(db, job);
    }

    private static long runs(MigratedDatabase db, String job) throws Exception {
        List<String> runs = db.first("SELECT runs FROM ocpp.maintenance_runs WHERE job = '" + job + "'");
        return runs.isEmpty() ? 0 : Long.parseLong(runs.get(0));
    }

    @Test
    void everyJobSucceedsWithinOneIntervalAndTwoSupervisorsRunEachOnce() throws Exception {
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        try (MaintenanceSupervisor a = supervisor(start, metersA); MaintenanceSupervisor b = supervisor(start, metersB)) {
            // both at once: one takes the cluster's lock and runs, the other reports
            var first = CompletableFuture.supplyAsync(a::tick);
            var second = CompletableFuture.supplyAsync(b::tick);
            List<MaintenanceStatus> both = List.of(first.get(), second.get());
            assertThat(both).filteredOn(MaintenanceStatus::active).hasSize(1);
            MaintenanceStatus status = both.stream().filter(MaintenanceStatus::active).findFirst().orElseThrow();

            assertThat(status.layout()).isEqualTo(plain() ? "postgresql" : "timescaledb");
            List<String> names = status.jobs().stream().map(MaintenanceStatus.Job::name).toList();
            if (plain()) {
                assertThat(names).containsExactly("aggregates", "partitions");
            } else {
                assertThat(names).hasSize(13).contains("aggregates", "compression ocpp.meter_samples",
                        "retention ocpp.status_events", "refresh ocpp.power_15m", "refresh ocpp.energy_hourly");
            }
            for (MaintenanceStatus.Job job : status.jobs()) {
                assertThat(job.lastSuccess()).as(job.name()).isNotNull().isAfterOrEqualTo(start.minusSeconds(1))
                        .isBefore(start.plus(Duration.ofSeconds(job.intervalSeconds())));
                assertThat(runs(job.name())).as(job.name()).isEqualTo(1);
                assertThat(job.late()).isFalse();
            }
            assertThat(db.number("SELECT count(*) FROM ocpp.maintenance_runs WHERE last_error IS NOT NULL")).isZero();
            SimpleMeterRegistry meters = status == both.get(0) ? metersA : metersB;
            assertThat(meters.get("ladewerk.maintenance.last.success").tag("job", "aggregates").gauge().value())
                    .isGreaterThanOrEqualTo(start.getEpochSecond() - 1);

            // the other one again, a minute later: nothing is due, nothing runs twice
            b.tick();
            for (String name : names) {
                assertThat(runs(name)).as(name).isEqualTo(1);
            }
        }
        // one interval later every job is due again and runs once more; none is late
        try (MaintenanceSupervisor c = supervisor(start.plus(PARTITIONS).plus(PARTITIONS), new SimpleMeterRegistry())) {
            MaintenanceStatus later = c.tick();
            assertThat(later.active()).isTrue();
            assertThat(later.late()).isEmpty();
            assertThat(runs("aggregates")).isEqualTo(2);
        }
    }

    @Test
    void aJobTheSchedulerFailedIsRunBySupervisor() throws Exception {
        assumeTrue(db.timescale(), "TimescaleDB layout only");
        // a database of its own: the other test's supervisors have run every job already
        try (MigratedDatabase own = new MigratedDatabase("maintenance_failed", false)) {
            schedulerFailedJobIsRunBySupervisor(own);
        }
    }

    private void schedulerFailedJobIsRunBySupervisor(MigratedDatabase db) throws Exception {
        int job = Integer.parseInt(db.first("SELECT job_id FROM timescaledb_information.jobs WHERE proc_name = "
                + "'policy_retention' AND hypertable_name = 'device_events'").get(0));
        Instant asked = Instant.parse(db.first("SELECT to_char(now() AT TIME ZONE 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')").get(0));
        db.sql("SELECT alter_job(" + job + ", next_start => now())");
        String outcome = null;
        for (int i = 0; i < 90 && outcome == null; i++) { // TimescaleDB's scheduler runs it within a minute
            List<String> s = db.first("SELECT last_run_status FROM timescaledb_information.job_stats WHERE job_id = " + job
                    + " AND last_run_started_at >= '" + asked + "' AND job_status <> 'Running'");
            outcome = s.isEmpty() ? null : s.get(0);
            if (outcome == null) {
                Thread.sleep(500);
            }
        }
        if (outcome == null) {
            // no background worker was free for this database's scheduler (many test databases at once):
            // record the failed run the way the scheduler does on PostgreSQL 15.20 + TimescaleDB 2.28.3
            db.sql("INSERT INTO _timescaledb_internal.bgw_job_stat AS s (job_id, last_start, last_finish, next_start, "
                    + "last_successful_finish, last_run_success, total_runs, total_duration, total_duration_failures, "
                    + "total_successes, total_failures, total_crashes, consecutive_failures, consecutive_crashes, flags) "
                    + "VALUES (" + job + ", now(), now(), now() + INTERVAL '1 day', '-infinity', false, 1, '0', '0', 0, 1, "
                    + "0, 1, 0, 0) ON CONFLICT (job_id) DO UPDATE SET last_start = now(), last_finish = now(), "
                    + "last_run_success = false, total_runs = s.total_runs + 1, total_failures = s.total_failures + 1");
            outcome = "Failed";
        }
        assumeTrue("Failed".equals(outcome), "TimescaleDB's scheduler works here: nothing to take over");
        String name = "retention ocpp.device_events";
        long before = runs(db, name);

        try (MaintenanceSupervisor s = new MaintenanceSupervisor(db.dataSource, Clock.fixed(asked.plusSeconds(300),
                ZoneOffset.UTC), new SimpleMeterRegistry(), AGGREGATES, PARTITIONS)) {
            MaintenanceStatus status = s.tick();
            assertThat(runs(db, name)).isEqualTo(before + 1);
            MaintenanceStatus.Job after = status.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
            assertThat(after.lastSuccess()).isEqualTo(asked.plusSeconds(300));
            assertThat(after.failures()).isPositive();
            // run by Ladewerk after the failure: not due again until its interval has passed
            s.tick();
            assertThat(runs(db, name)).isEqualTo(before + 1);
        }
    }
}
