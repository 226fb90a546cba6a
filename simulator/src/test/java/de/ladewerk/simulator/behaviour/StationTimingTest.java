package de.ladewerk.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StationTimingTest {

    @Test
    void backOffDoublesUpToTheCap() {
        StationTiming timing = new StationTiming(1, Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofSeconds(60));

        assertThat(timing.backOff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(timing.backOff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(timing.backOff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(timing.backOff(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(timing.backOff(50)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void speedFactorShrinksWallClockTime() {
        StationTiming timing = StationTiming.realTime().withSpeedFactor(10);

        assertThat(timing.millisOfSeconds(60)).isEqualTo(6_000);
        assertThat(timing.millis(Duration.ZERO)).isEqualTo(1);
    }
}
