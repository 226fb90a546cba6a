package de.ladewerk.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off for password guessing, per station identity and per remote address: the first
 * {@code freeFailures} failures of a key cost nothing extra; after that each failure doubles a waiting
 * time (from {@code firstBackOff} up to {@code maxBackOff}) during which that key's attempts are refused
 * before any hash is computed. A success clears the key. Thread-safe; its memory is bounded by
 * {@code maxKeys} (keys whose back-off is over are dropped first).
 */
public final class AuthThrottle {

    private record State(int failures, Instant blockedUntil) {
    }

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstBackOff;
    private final Duration maxBackOff;
    private final int maxKeys;
    private final Map<String, State> identities = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();

    public AuthThrottle(Clock clock, int freeFailures, Duration firstBackOff, Duration maxBackOff, int maxKeys) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstBackOff = firstBackOff;
        this.maxBackOff = maxBackOff;
        this.maxKeys = maxKeys;
    }

    /** 5 free failures, then 1 s doubling up to 5 min, at most 100,000 keys per kind. */
    public static AuthThrottle defaults(Clock clock) {
        return new AuthThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(5), 100_000);
    }

    /** How long the identity or the address must still wait before its next expensive attempt; zero if not. */
    public Duration waitFor(String identity, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(identities.get(identity)), blockedUntil(addresses.get(address)));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** A wrong password for the identity from the address. */
    public void failed(String identity, String address) {
        fail(identities, identity);
        fail(addresses, address);
    }

    /** A right password: the identity and the address start afresh. */
    public void succeeded(String identity, String address) {
        identities.remove(identity);
        addresses.remove(address);
    }

    private void fail(Map<String, State> states, String key) {
        Instant now = clock.instant();
        if (states.size() >= maxKeys) {
            states.values().removeIf(s -> !s.blockedUntil.isAfter(now));
            if (states.size() >= maxKeys) {
                return; // a flood of distinct keys: the address key (few of them) still throttles it
            }
        }
        states.compute(key, (k, s) -> {
            int failures = (s == null ? 0 : s.failures) + 1;
            if (failures <= freeFailures) {
                return new State(failures, Instant.MIN);
            }
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration backOff = firstBackOff.multipliedBy(1L << doublings);
            if (backOff.compareTo(maxBackOff) > 0) {
                backOff = maxBackOff;
            }
            return new State(failures, now.plus(backOff));
        });
    }

    private static Instant blockedUntil(State s) {
        return s == null ? Instant.MIN : s.blockedUntil;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
