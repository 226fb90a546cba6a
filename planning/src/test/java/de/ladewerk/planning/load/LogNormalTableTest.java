package de.ladewerk.planning.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogNormalTableTest {

    @Test
    void normal_quantiles_match_the_textbook_values() {
        assertThat(LogNormalTable.inverseNormal(0.5)).isCloseTo(0, within(1e-9));
        assertThat(LogNormalTable.inverseNormal(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(LogNormalTable.inverseNormal(0.01)).isCloseTo(-2.326348, within(1e-6));
    }

    @Test
    void draws_keep_the_mean_or_the_median() {
        SplittableRandom random = new SplittableRandom(1);
        LogNormalTable energy = LogNormalTable.withMean(12, 0.5);
        double mean = java.util.stream.IntStream.range(0, 200_000).mapToDouble(i -> energy.sample(random)).average().orElseThrow();
        assertThat(mean).isCloseTo(12, within(0.1));
        LogNormalTable dwell = LogNormalTable.withMedian(3, 0.7);
        double[] draws = java.util.stream.IntStream.range(0, 200_001).mapToDouble(i -> dwell.sample(random)).toArray();
        Arrays.sort(draws);
        assertThat(draws[100_000]).isCloseTo(3, within(0.05));
    }
}
