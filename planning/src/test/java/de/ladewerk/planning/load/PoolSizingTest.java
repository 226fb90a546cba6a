package de.ladewerk.planning.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.scenario.ArrivalPeak;
import de.ladewerk.planning.sizing.ErlangB;
import de.ladewerk.planning.sizing.SiteSizing;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks the Erlang B sizing against the simulation of the same sessions. */
class PoolSizingTest {

    private static final int DAYS = 700;

    @Test
    void with_steady_arrivals_the_simulated_blocking_matches_erlang_b() {
        // arrivals spread evenly over the day: a stationary M/G/c/c, where Erlang B is exact
        double[] flat = new double[24];
        Arrays.fill(flat, 1);
        SiteInput site = site(ArrivalDistribution.fromHourlyCounts(flat), 24 * 12.0, 3.0);
        Sessions s = Sessions.draw(site, DAYS, new SplittableRandom(11));
        SiteSizing sizing = PoolSizing.size("X", LocationType.PUBLIC_AC, s, PoolSizing.pluggedIn(s, DAYS), DAYS, 11,
                0.05, 0);
        // offered load = 24 cars a day × mean dwell; dwell is log-normal with median 3 h, σ 0.3
        double meanDwell = 3.0 * Math.exp(0.3 * 0.3 / 2);
        assertThat(sizing.peakEvsPluggedIn()).isCloseTo(24 * meanDwell / 24 * 1, within(0.6));
        assertThat(sizing.blockingErlang()).isLessThanOrEqualTo(0.05);
        assertThat(sizing.blockingSimulatedAllDay()).isCloseTo(ErlangB.blocking((int) sizing.points(),
                sizing.peakEvsPluggedIn()), within(0.015));
    }

    @Test
    void at_the_peak_hour_a_sized_pool_keeps_the_service_level_and_fewer_points_would_not() {
        SiteInput site = site(ArrivalDistribution.fromPeaks(List.of(new ArrivalPeak(18, 1.5, 1, "test"))), 60 * 12.0, 3.0);
        Sessions s = Sessions.draw(site, DAYS, new SplittableRandom(5));
        int[] plugged = PoolSizing.pluggedIn(s, DAYS);
        SiteSizing sized = PoolSizing.size("X", LocationType.PUBLIC_AC, s, plugged, DAYS, 11, 0.05, 0);
        assertThat(sized.peakSlot()).startsWith("weekday ");
        assertThat(sized.blockingSimulatedWeekdayPeak()).isLessThanOrEqualTo(0.05).isGreaterThan(0.005);
        assertThat(sized.blockingSimulatedWeekendPeak()).isLessThanOrEqualTo(0.05);
        // evening arrivals over a few hours with 3 h stays are close to steady: Erlang B is nearly right
        assertThat(sized.points()).isBetween(sized.pointsErlang(), sized.pointsErlang() + 3);
        SiteSizing tighter = PoolSizing.size("X", LocationType.PUBLIC_AC, s, plugged, DAYS, 11, 0.005, 0);
        assertThat(tighter.points()).isGreaterThan(sized.points());
        assertThat(tighter.blockingSimulatedWeekdayPeak()).isLessThan(sized.blockingSimulatedWeekdayPeak());
        assertThat(sized.occupancy()).isBetween(0.0, 1.0);
        // energy utilisation is at most occupancy: a car plugged in draws at most the point's power
        assertThat(sized.energyUtilisation()).isLessThanOrEqualTo(sized.occupancy());
        assertThat(sized.maxEvsPluggedIn()).isGreaterThanOrEqualTo((int) sized.peakEvsPluggedIn());
    }

    @Test
    void a_morning_rush_with_all_day_stays_needs_more_points_than_erlang_b_and_gets_them() {
        // workplace-like: everyone arrives around 7:30 and stays 8.5 h; late arrivals meet a full car park
        SiteInput site = site(ArrivalDistribution.fromPeaks(List.of(new ArrivalPeak(7.5, 1.0, 1, "test"))), 100 * 12.0, 8.5);
        Sessions s = Sessions.draw(site, DAYS, new SplittableRandom(9));
        SiteSizing sized = PoolSizing.size("X", LocationType.WORK, s, PoolSizing.pluggedIn(s, DAYS), DAYS, 11, 0.05, 0);
        assertThat(sized.points()).isGreaterThan(sized.pointsErlang());
        assertThat(sized.blockingSimulatedWeekdayPeak()).isLessThanOrEqualTo(0.05);
        assertThat(sized.points()).isLessThanOrEqualTo(sized.maxEvsPluggedIn());
    }

    private static SiteInput site(ArrivalDistribution arrivals, double kwhPerDay, double dwellMedianHours) {
        return new SiteInput(LocationType.PUBLIC_AC, kwhPerDay, kwhPerDay, 11, 1, 0, 0.05, null, arrivals, arrivals,
                dwellMedianHours, 0.3, 12, 0.3);
    }
}
