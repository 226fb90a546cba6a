package de.ladewerk.loadmanagement.profile;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a station's profile may change. A lower limit always goes out at once (the site's safety
 * depends on it); a higher one only when it is at least {@code minStepAmps} more and the last change is
 * at least {@code minInterval} ago, so stations and cars are not flooded with small raises. Holding back a
 * raise is always safe: the car just draws less than it could for a while.
 */
public record ProfileChangePolicy(Duration minInterval, double minStepAmps) {

    /** Defaults: raises at most once a minute, by at least 1 A. */
    public static final ProfileChangePolicy DEFAULT = new ProfileChangePolicy(Duration.ofSeconds(60), 1.0);

    public ProfileChangePolicy {
        if (minInterval == null || minInterval.isNegative() || !(minStepAmps >= 0)) {
            throw new IllegalArgumentException("a profile-change policy needs an interval >= 0 and a step >= 0 A");
        }
    }

    /** What to do with a newly allocated limit, given the limit the station has now (null: none sent yet). */
    public Decision decide(Double sentAmps, Instant sentAt, double newAmps, Instant now) {
        if (sentAmps == null) {
            return Decision.SEND;
        }
        if (newAmps < sentAmps - 1e-9) {
            return Decision.SEND_FIRST;
        }
        if (newAmps - sentAmps < minStepAmps - 1e-9 && !(sentAmps == 0 && newAmps > 0)) {
            return Decision.HOLD;
        }
        // a paused car that may start again is not held back by the interval: it waits at 0 A otherwise
        boolean resumes = sentAmps == 0 && newAmps > 0;
        return resumes || sentAt == null || !Duration.between(sentAt, now).minus(minInterval).isNegative()
                ? Decision.SEND : Decision.HOLD;
    }

    /** The outcome of {@link #decide}. */
    public enum Decision {
        /** A lower limit: send it, and before any raise of the same reallocation. */
        SEND_FIRST,
        /** A new or higher limit: send it (after the lower ones are confirmed). */
        SEND,
        /** Keep the station's current limit for now. */
        HOLD
    }
}
