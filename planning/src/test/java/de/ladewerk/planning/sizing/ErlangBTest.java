package de.ladewerk.planning.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangBTest {

    @Test
    void three_points_under_two_erlang_block_four_in_nineteen_cars() {
        // by hand: B = (2^3/3!) / (1 + 2 + 2^2/2! + 2^3/3!) = (4/3) / (19/3) = 4/19
        assertThat(ErlangB.blocking(3, 2.0)).isCloseTo(4.0 / 19, within(1e-12));
    }

    @Test
    void five_points_are_the_fewest_that_keep_two_erlang_within_five_percent() {
        // by hand: B(4, 2) = 2·(4/19) / (4 + 2·(4/19)) = 2/21 = 9.5 %; B(5, 2) = 2·(2/21) / (5 + 4/21) = 4/109 = 3.7 %
        assertThat(ErlangB.blocking(4, 2.0)).isCloseTo(2.0 / 21, within(1e-12));
        assertThat(ErlangB.blocking(5, 2.0)).isCloseTo(4.0 / 109, within(1e-12));
        assertThat(ErlangB.pointsFor(2.0, 0.05)).isEqualTo(5);
    }

    @Test
    void no_load_needs_no_point_and_no_point_blocks_every_car() {
        assertThat(ErlangB.pointsFor(0, 0.05)).isZero();
        assertThat(ErlangB.blocking(0, 3.0)).isEqualTo(1.0);
    }

    @Test
    void large_pools_stay_finite_and_need_fewer_spare_points_per_car() {
        // pooling: 10 Erlang need 15 points (50 % spare); at 1,000 Erlang the 5 % of cars turned away are
        // about 50 cars' worth of load, so fewer points than the offered load already meet 5 %
        assertThat(ErlangB.pointsFor(10, 0.05)).isEqualTo(15);
        int big = ErlangB.pointsFor(1000, 0.05);
        assertThat(big).isBetween(950, 1000);
        assertThat(ErlangB.blocking(big, 1000)).isLessThanOrEqualTo(0.05);
        assertThat(ErlangB.blocking(big - 1, 1000)).isGreaterThan(0.05);
    }

    @Test
    void a_service_level_outside_zero_and_one_is_refused_by_name() {
        assertThatThrownBy(() -> ErlangB.pointsFor(5, 0)).hasMessageContaining("service level");
        assertThatThrownBy(() -> ErlangB.pointsFor(5, 1.2)).hasMessageContaining("service level");
        assertThatThrownBy(() -> ErlangB.blocking(2, Double.NaN)).hasMessageContaining("finite load");
    }
}
