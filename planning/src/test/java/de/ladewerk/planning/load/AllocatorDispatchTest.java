package de.ladewerk.planning.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Managed charging through the live allocator: the site's limit holds, energy is accounted for. */
class AllocatorDispatchTest {

    private static final int DAYS = 3;

    @Test
    void twoCarsShareTheLimitEquallyAndTheFirstFinishesEarlier() {
        // 11 kW each, 11 kW site: 5.5 kW each (7.9 A, rounded down to 0.1 A)
        Sessions s = PowerDispatchTest.sessions(new int[] {10, 10}, new int[] {30, 30}, new double[] {2, 20});
        Delivery d = AllocatorDispatch.managed(s, 11, 11, DAYS, null);
        assertThat(d.kw()[10]).isCloseTo(2 * 7.9 * 0.69, within(1e-9));
        assertThat(d.servedKwh()).isCloseTo(22, within(1e-9));
    }

    @Test
    void peaksNeverExceedTheLimitAndEnergyIsAccountedFor() {
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < 60; c++) {
            int n = random.nextInt(1, 40);
            int[] start = new int[n];
            int[] end = new int[n];
            double[] kwh = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = random.nextInt(0, 96 * DAYS);
                end[i] = start[i] + random.nextInt(1, 60);
                kwh[i] = random.nextDouble(0.1, 60);
            }
            double power = random.nextDouble(3, 50);
            double limit = random.nextDouble(1, 3 * power);
            Sessions s = PowerDispatchTest.sessions(start, end, kwh);
            Delivery unmanaged = PowerDispatch.unmanaged(s, power, DAYS);
            Delivery managed = AllocatorDispatch.managed(s, power, limit, DAYS, unmanaged);
            for (double kw : managed.kw()) {
                assertThat(kw).as("case %d", c).isLessThanOrEqualTo(limit + 1e-9);
            }
            assertThat(managed.servedKwh() + managed.unservedKwh()).as("case %d", c).isCloseTo(s.demandedKwh(), within(1e-6));
            assertThat(managed.servedKwh()).isLessThanOrEqualTo(unmanaged.servedKwh() + 1e-6);
        }
    }
}
