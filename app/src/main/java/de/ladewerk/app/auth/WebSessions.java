package de.ladewerk.app.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side dashboard sessions behind the session cookie, in memory: a session ends when idle too long,
 * when it reaches its absolute age, at logout, or when its user is removed. A restart logs everyone out,
 * which is acceptable for an operator console and keeps session secrets out of the database.
 */
public final class WebSessions {

    /** One logged-in browser: the cookie value {@code id} and the CSRF token its changes must carry. */
    public static final class WebSession {
        private final String id;
        private final String csrfToken;
        private final String username;
        private final Role role;
        private final Instant createdAt;
        private volatile Instant lastSeen;

        WebSession(String id, String csrfToken, String username, Role role, Instant createdAt) {
            this.id = id;
            this.csrfToken = csrfToken;
            this.username = username;
            this.role = role;
            this.createdAt = createdAt;
            this.lastSeen = createdAt;
        }

        public String id() {
            return id;
        }

        public String csrfToken() {
            return csrfToken;
        }

        public Principal principal() {
            return new Principal(username, role, id);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Duration maxAge;
    private final Clock clock;

    public WebSessions(Duration idleTimeout, Duration maxAge, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** How long a cookie may live at most (its Max-Age). */
    public Duration maxAge() {
        return maxAge;
    }

    /** Opens a session for a user who just proved their password. */
    public WebSession open(String username, Role role) {
        Instant now = clock.instant();
        if (sessions.size() > 10_000) {
            sessions.values().removeIf(s -> expired(s, now));
        }
        WebSession session = new WebSession(randomToken(), randomToken(), username, role, now);
        sessions.put(session.id, session);
        return session;
    }

    /** The live session with this cookie value, its idle timer restarted; empty (and forgotten) if expired. */
    public Optional<WebSession> touch(String id) {
        WebSession s = id == null ? null : sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    /** Whether the session is still open, without counting this as activity (for long-lived event streams). */
    public boolean isOpen(String id) {
        WebSession s = sessions.get(id);
        return s != null && !expired(s, clock.instant());
    }

    public void close(String id) {
        sessions.remove(id);
    }

    /** Ends every session of the user (removed, or password changed). */
    public void closeAllOf(String username) {
        sessions.values().removeIf(s -> s.username.equals(username));
    }

    private boolean expired(WebSession s, Instant now) {
        return now.isAfter(s.lastSeen.plus(idleTimeout)) || now.isAfter(s.createdAt.plus(maxAge));
    }

    /** 256 random bits, URL-safe. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
