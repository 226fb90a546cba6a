package de.ladewerk.planning.model;

import de.ladewerk.planning.scenario.Grid;
import de.ladewerk.planning.scenario.TransformerGroup;
import java.util.List;

/**
 * Peak check of local transformers: households · peak + home EVs · after-diversity load ≤ S_n · cos φ.
 *
 * <p>Home-charging EVs are spread over the district's transformers in proportion to households,
 * because the model knows EVs per district, not per street.
 */
final class TransformerCheck {

    private TransformerCheck() {
    }

    static List<TransformerLoad> check(List<TransformerGroup> groups, double homeEvs, Grid grid) {
        double households = groups.stream()
                .mapToDouble(g -> g.count().value() * g.households().value()).sum();
        double evsPerHousehold = households > 0 ? homeEvs / households : 0;
        double householdKw = grid.householdPeakKw().value();
        double evKw = grid.evAfterDiversityKw().value();
        return groups.stream().map(g -> {
            double hh = g.households().value();
            double evs = hh * evsPerHousehold;
            double peak = hh * householdKw + evs * evKw;
            double capacity = g.ratingKva().value() * grid.cosPhi().value();
            double headroom = evKw > 0 ? (capacity - peak) / evKw : Double.MAX_VALUE;
            return new TransformerLoad((long) g.count().value(), g.ratingKva().value(), hh, evs,
                    peak, capacity, peak > capacity, headroom);
        }).toList();
    }
}
