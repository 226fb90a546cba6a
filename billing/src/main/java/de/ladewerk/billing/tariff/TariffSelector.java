package de.ladewerk.billing.tariff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Picks the assignment that applies to a session: valid at the session start, naming its station or
 * site, for its customer group or for everyone. The most specific wins (station over site, group over
 * default); among equally specific ones the most recently made.
 */
public final class TariffSelector {

    private TariffSelector() {
    }

    /** @param assignments in the order they were made */
    public static Optional<TariffAssignment> select(List<TariffAssignment> assignments, String stationId,
                                                    String siteId, String customerGroup, Instant at) {
        TariffAssignment best = null;
        for (TariffAssignment a : assignments) {
            boolean place = stationId.equals(a.stationId()) || (siteId != null && siteId.equals(a.siteId()));
            boolean group = a.customerGroup() == null || a.customerGroup().equals(customerGroup);
            if (place && group && a.isValidAt(at)
                    && (best == null || a.specificity() >= best.specificity())) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }
}
