package de.ladewerk.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimClockTest {

    private static final Instant WALL = Instant.parse("2026-03-02T12:00:00Z");
    private final AtomicLong ticker = new AtomicLong(1_000);

    private void advanceWall(Duration d) {
        ticker.addAndGet(d.toNanos());
    }

    @Test
    void aCatchingUpClockRunsFastUntilItReachesTheWallClockThenKeepsPace() {
        // 59 minutes behind at 60x: 1 simulated minute per wall second, caught up after 60 wall seconds
        SimClock clock = SimClock.catchingUp(WALL.minus(Duration.ofMinutes(59)), 60, WALL, ticker::get);
        assertThat(clock.speed()).isEqualTo(60);
        assertThat(clock.wallMillis(Duration.ofMinutes(10))).isEqualTo(10_000);
        // 10 fast simulated minutes remain after 50 s, then 5 minutes at the wall's pace
        advanceWall(Duration.ofSeconds(50));
        assertThat(clock.now()).isEqualTo(WALL.minus(Duration.ofMinutes(9)));
        assertThat(clock.wallMillis(Duration.ofMinutes(15))).isEqualTo(10_000 + TimeUnit.MINUTES.toMillis(5));

        advanceWall(Duration.ofSeconds(10));
        assertThat(clock.now()).isEqualTo(WALL.plusSeconds(60));
        advanceWall(Duration.ofSeconds(30));
        assertThat(clock.now()).isEqualTo(WALL.plusSeconds(90));
        assertThat(clock.speed()).isEqualTo(1);
        assertThat(clock.wallMillis(Duration.ofMinutes(1))).isEqualTo(60_000);
        assertThat(clock.timing().millisOfSeconds(300)).isEqualTo(300_000);
    }

    @Test
    void aClockStartingInTheFutureOrAtSpeedOneNeverRunsFast() {
        SimClock ahead = SimClock.catchingUp(WALL.plusSeconds(600), 60, WALL, ticker::get);
        advanceWall(Duration.ofSeconds(10));
        assertThat(ahead.now()).isEqualTo(WALL.plusSeconds(610));
        assertThat(ahead.speed()).isEqualTo(1);
    }
}
