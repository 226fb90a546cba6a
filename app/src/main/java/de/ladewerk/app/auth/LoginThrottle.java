package de.ladewerk.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per key (a user name or a source address): after {@code limit} failures within
 * {@code window}, further attempts are refused until the oldest failure leaves the window. Refused attempts
 * are not verified at all, so guessing costs the attacker time and the server no Argon2 work.
 */
public final class LoginThrottle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** How long until {@code key} may try again; empty if it may now. */
    public Optional<Duration> retryAfter(String key) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (q) {
            prune(q, now);
            if (q.size() < limit) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, q.peekFirst().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(now);
            while (q.size() > limit) {
                q.removeFirst();
            }
        }
    }

    /** A successful login forgets the key's failures. */
    public void succeeded(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> q, Instant now) {
        Instant oldest = now.minus(window);
        while (!q.isEmpty() && q.peekFirst().isBefore(oldest)) {
            q.removeFirst();
        }
    }
}
