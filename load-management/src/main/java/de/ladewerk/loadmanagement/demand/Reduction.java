package de.ladewerk.loadmanagement.demand;

import java.time.Instant;
import java.util.Set;

/**
 * A grid operator's reduction under §14a EnWG: the controllable devices on the named sites together
 * draw at most {@code powerKw} from {@code from} until {@code until} (null: until revoked) or until it is
 * revoked. Each controllable device keeps at least {@link #MIN_DEVICE_KW} (or its own maximum, if lower).
 */
public record Reduction(String id, Set<String> siteIds, double powerKw, Instant from, Instant until, Instant revokedAt) {

    /** BNetzA BK6-22-300: a controllable consumption device may not be reduced below 4.2 kW. */
    public static final double MIN_DEVICE_KW = 4.2;

    public Reduction {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a reduction needs an id");
        }
        if (siteIds == null || siteIds.isEmpty()) {
            throw new IllegalArgumentException("reduction " + id + " names no site");
        }
        siteIds = Set.copyOf(siteIds);
        if (!(powerKw >= 0) || Double.isInfinite(powerKw)) {
            throw new IllegalArgumentException("reduction " + id + "'s power must be a finite number of kW >= 0");
        }
        if (from == null) {
            throw new IllegalArgumentException("reduction " + id + " needs a start");
        }
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("reduction " + id + " must end after it starts");
        }
    }

    /** Whether it holds at {@code now}. */
    public boolean activeAt(Instant now) {
        return !now.isBefore(from) && (until == null || now.isBefore(until)) && (revokedAt == null || now.isBefore(revokedAt));
    }
}
