package de.ladewerk.gateway.maintenance;

import java.time.Duration;
import java.time.Instant;

/**
 * One maintenance job as the supervisor sees it: TimescaleDB's policies (compression, retention, aggregate
 * refresh) and Ladewerk's own (aggregate refresh, meter-sample partitions).
 *
 * @param name              bounded, readable name, e.g. {@code compression ocpp.meter_samples}
 * @param interval          how often it is meant to run
 * @param timescaleJobId    TimescaleDB's job id, or null for Ladewerk's own jobs
 * @param lastSuccess       the last successful run, by TimescaleDB's scheduler or by Ladewerk; null if none
 * @param schedulerFailedAt when TimescaleDB's scheduler last failed it, if that is after {@code lastSuccess}
 * @param schedulerError    TimescaleDB's scheduler's error where its latest run failed (even if Ladewerk ran
 *                          the job since), else null
 * @param failures          failed runs, TimescaleDB's scheduler and Ladewerk together
 * @param lastError         the latest error, or null
 */
public record MaintenanceJob(String name, Duration interval, Integer timescaleJobId, Instant lastSuccess,
                             Instant schedulerFailedAt, String schedulerError, long failures, String lastError) {

    /**
     * Whether the supervisor runs it now: it never succeeded, TimescaleDB's scheduler failed it after its
     * last success, or it has not succeeded within its interval (TimescaleDB's jobs: half an interval more,
     * so a working scheduler gets its turn first).
     */
    public boolean due(Instant now) {
        if (lastSuccess == null || schedulerFailedAt != null) {
            return true;
        }
        Duration slack = timescaleJobId == null ? Duration.ZERO : interval.dividedBy(2);
        return !now.isBefore(lastSuccess.plus(interval).plus(slack));
    }

    /** Whether it has not succeeded within twice its interval, counted from {@code since} if it never has. */
    public boolean late(Instant now, Instant since) {
        Instant from = lastSuccess != null ? lastSuccess : since;
        return now.isAfter(from.plus(interval.multipliedBy(2)));
    }
}
