package de.ladewerk.gateway.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogLimiterTest {

    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void oneLinePerStationAndMinuteAndTheNextSaysHowManyWereLeftOut() {
        ManualClock clock = new ManualClock();
        LogLimiter limiter = new LogLimiter(Duration.ofMinutes(1), clock);
        assertThat(limiter.admit("CP-1")).isZero();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.admit("CP-1")).isEqualTo(LogLimiter.SUPPRESS);
        }
        assertThat(limiter.admit("CP-2")).as("another station has its own budget").isZero();
        clock.now = clock.now.plusSeconds(61);
        assertThat(limiter.admit("CP-1")).isEqualTo(1000);
        assertThat(LogLimiter.suppressedNote(1000)).contains("1000");
        assertThat(limiter.admit("CP-1")).isEqualTo(LogLimiter.SUPPRESS);
    }
}
