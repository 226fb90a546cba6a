package de.ladewerk.planning.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed dispatch of a few sessions, and the managed-charging properties over random sites. */
class PowerDispatchTest {

    private static final int DAYS = 7;

    @Test
    void an_unmanaged_car_charges_at_full_power_until_full() {
        // 10 kWh at 11 kW: three quarter hours at 11 kW (2.75 kWh each), then 1.75 kWh = 7 kW
        Sessions s = sessions(new int[] {100}, new int[] {120}, new double[] {10});
        Delivery d = PowerDispatch.unmanaged(s, 11, DAYS);
        assertThat(d.kw()[100]).isEqualTo(11);
        assertThat(d.kw()[102]).isEqualTo(11);
        assertThat(d.kw()[103]).isCloseTo(7, within(1e-9));
        assertThat(d.kw()[104]).isZero();
        assertThat(d.unservedKwh()).isZero();
    }

    @Test
    void a_car_that_leaves_early_leaves_energy_unserved() {
        // two quarter hours at 11 kW deliver 5.5 of the 10 kWh
        Delivery d = PowerDispatch.unmanaged(sessions(new int[] {10}, new int[] {12}, new double[] {10}), 11, DAYS);
        assertThat(d.servedKwh()).isCloseTo(5.5, within(1e-9));
        assertThat(d.unservedKwh()).isCloseTo(4.5, within(1e-9));
    }

    @Test
    void two_cars_share_the_site_limit() {
        // limit 11 kW for two 11 kW cars: each gets 5.5 kW; 5.5 kWh each takes four quarter hours
        Sessions s = sessions(new int[] {0, 0}, new int[] {20, 20}, new double[] {5.5, 5.5});
        Delivery d = PowerDispatch.managed(s, 11, 11, DAYS);
        for (int t = 0; t < 4; t++) {
            assertThat(d.kw()[t]).isCloseTo(11, within(1e-9));
        }
        assertThat(d.kw()[4]).isCloseTo(0, within(1e-9));
        assertThat(d.servedKwh()).isCloseTo(11, within(1e-9));
    }

    @Test
    void managed_peaks_never_exceed_the_limit_and_energy_is_accounted_for() {
        SplittableRandom random = new SplittableRandom(42);
        for (int c = 0; c < 200; c++) {
            int n = random.nextInt(1, 60);
            int[] start = new int[n];
            int[] end = new int[n];
            double[] kwh = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = random.nextInt(0, 96 * DAYS);
                end[i] = start[i] + random.nextInt(1, 60);
                kwh[i] = random.nextDouble(0.1, 60);
            }
            double power = random.nextDouble(3, 150);
            double limit = random.nextDouble(0, 3 * power);
            Sessions s = sessions(start, end, kwh);
            Delivery managed = PowerDispatch.managed(s, power, limit, DAYS);
            for (double kw : managed.kw()) {
                assertThat(kw).isLessThanOrEqualTo(limit + 1e-9);
            }
            assertThat(managed.servedKwh() + managed.unservedKwh()).isCloseTo(s.demandedKwh(), within(1e-6));
            Delivery unmanaged = PowerDispatch.unmanaged(s, power, DAYS);
            assertThat(unmanaged.servedKwh() + unmanaged.unservedKwh()).isCloseTo(s.demandedKwh(), within(1e-6));
            // sharing a limit can only delay charging, never deliver more
            assertThat(managed.servedKwh()).isLessThanOrEqualTo(unmanaged.servedKwh() + 1e-6);
            // the shortcut (reuse the unmanaged result when it stays under the limit) changes nothing
            Delivery viaShortcut = PowerDispatch.managed(s, power, limit, DAYS, unmanaged);
            for (int t = 0; t < managed.kw().length; t++) {
                assertThat(viaShortcut.kw()[t]).isCloseTo(managed.kw()[t], within(1e-9));
            }
        }
    }

    static Sessions sessions(int[] start, int[] end, double[] kwh) {
        Sessions s = new Sessions();
        s.start = start.clone();
        s.end = end.clone();
        s.kwh = kwh.clone();
        s.count = start.length;
        return s;
    }
}
