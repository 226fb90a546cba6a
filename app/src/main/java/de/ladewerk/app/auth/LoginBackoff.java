package de.ladewerk.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off for failed password checks per key, e.g. one user name from one address: a few failures are
 * free, then each further one doubles the wait, up to a cap. Keyed by address and name together, an
 * attacker elsewhere cannot lock the real user out; a success forgets the key. Refused attempts are not
 * verified at all, so they cost the server no Argon2 work.
 */
public final class LoginBackoff {

    private record Failures(int count, Instant last) {
    }

    private final int freeFailures;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param freeFailures failures before the first wait
     * @param firstWait    the wait after the first failure beyond those; doubled with each further one
     * @param maxWait      the longest wait; a key quiet for that long starts afresh
     */
    public LoginBackoff(int freeFailures, Duration firstWait, Duration maxWait, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /** The key of one user name tried from one source address. */
    public static String key(String address, String username) {
        return address + "|" + username.toLowerCase(java.util.Locale.ROOT);
    }

    /** How long until {@code key} may try again; empty if it may now. */
    public Optional<Duration> retryAfter(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < freeFailures) {
            return Optional.empty();
        }
        Duration wait = Duration.between(clock.instant(), f.last().plus(waitAfter(f.count())));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) {
            failures.values().removeIf(f -> f.last().plus(maxWait).isBefore(now));
        }
        failures.compute(key, (k, f) -> f == null || f.last().plus(maxWait).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    /** A successful check forgets the key's failures. */
    public void succeeded(String key) {
        failures.remove(key);
    }

    private Duration waitAfter(int count) {
        int doublings = Math.min(30, count - freeFailures);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
