package de.ladewerk.simulator.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(7));

    @Test
    void eachWaitLiesInTheUpperHalfOfItsDoublingStep() {
        for (int attempt = 0; attempt < 10; attempt++) {
            long step = Math.min(60_000, 1000L << attempt);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayMillis(attempt)).isBetween(step / 2, step);
            }
        }
    }

    @Test
    void theStepStopsGrowingAtTheMaximum() {
        assertThat(backoff.delayMillis(100)).isBetween(30_000L, 60_000L);
    }

    @Test
    void waitsAreSpreadNotSynchronised() {
        long distinct = java.util.stream.IntStream.range(0, 100).mapToLong(i -> backoff.delayMillis(5)).distinct().count();
        assertThat(distinct).isGreaterThan(50);
    }
}
