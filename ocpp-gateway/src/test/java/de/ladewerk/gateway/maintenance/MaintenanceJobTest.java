package de.ladewerk.gateway.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the supervisor runs a job itself, and when it calls a job late. */
class MaintenanceJobTest {

    private static final Instant T = Instant.parse("2026-03-29T00:30:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static MaintenanceJob timescale(Instant lastSuccess, Instant schedulerFailedAt) {
        return new MaintenanceJob("compression ocpp.meter_samples", HOUR, 1000, lastSuccess, schedulerFailedAt,
                schedulerFailedAt == null ? null : "boom", 0, null);
    }

    private static MaintenanceJob own(Instant lastSuccess) {
        return new MaintenanceJob("aggregates", HOUR, null, lastSuccess, null, null, 0, null);
    }

    @Test
    void aJobThatNeverSucceededIsDue() {
        assertThat(timescale(null, null).due(T)).isTrue();
        assertThat(own(null).due(T)).isTrue();
    }

    @Test
    void aJobTheSchedulerFailedAfterItsLastSuccessIsDueAtOnce() {
        assertThat(timescale(T.minusSeconds(60), T.minusSeconds(1)).due(T)).isTrue();
    }

    @Test
    void theSchedulerGetsHalfAnIntervalBeforeLadewerkStepsIn() {
        assertThat(timescale(T.minus(HOUR), null).due(T)).isFalse();
        assertThat(timescale(T.minus(HOUR).minusSeconds(29 * 60), null).due(T)).isFalse();
        assertThat(timescale(T.minus(HOUR).minusSeconds(30 * 60), null).due(T)).isTrue();
        // Ladewerk's own jobs have no other runner: due after one interval
        assertThat(own(T.minus(HOUR).plusSeconds(1)).due(T)).isFalse();
        assertThat(own(T.minus(HOUR)).due(T)).isTrue();
    }

    @Test
    void lateMeansNoSuccessWithinTwiceTheIntervalCountedFromTheStartIfNeverRun() {
        assertThat(own(T.minus(HOUR.multipliedBy(2))).late(T, T.minusSeconds(10))).isFalse();
        assertThat(own(T.minus(HOUR.multipliedBy(2)).minusSeconds(1)).late(T, T.minusSeconds(10))).isTrue();
        assertThat(own(null).late(T, T.minus(HOUR))).isFalse();
        assertThat(own(null).late(T, T.minus(HOUR.multipliedBy(3)))).isTrue();
    }
}
