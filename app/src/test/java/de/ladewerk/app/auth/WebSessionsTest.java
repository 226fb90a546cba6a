package de.ladewerk.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final WebSessions sessions = new WebSessions(Duration.ofMinutes(30), Duration.ofHours(2), clock);

    @Test
    void aSessionEndsAfterIdling() {
        String id = sessions.open("anna", Role.OPERATOR).id();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.touch(id)).isPresent();
        clock.advance(Duration.ofMinutes(29)); // active again 29 min ago: still fine
        assertThat(sessions.touch(id)).isPresent();
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.touch(id)).isEmpty();
    }

    @Test
    void aSessionEndsAtItsAbsoluteAgeEvenWhenBusy() {
        String id = sessions.open("anna", Role.OPERATOR).id();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.touch(id)).as("after %d min", (i + 1) * 20).isPresent();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(sessions.touch(id)).isEmpty();
    }

    @Test
    void eachSessionHasItsOwnUnguessableIdAndCsrfToken() {
        WebSessions.WebSession a = sessions.open("anna", Role.VIEWER);
        WebSessions.WebSession b = sessions.open("anna", Role.VIEWER);
        assertThat(a.id()).isNotEqualTo(b.id()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(a.csrfToken()).isNotEqualTo(a.id()).isNotEqualTo(b.csrfToken());
        sessions.closeAllOf("anna");
        assertThat(sessions.touch(a.id())).isEmpty();
        assertThat(sessions.touch(b.id())).isEmpty();
    }

    @Test
    void theThrottleRefusesAfterTheLimitUntilTheWindowPasses() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.retryAfter("user:anna")).isEmpty();
            throttle.failed("user:anna");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.retryAfter("user:anna")).contains(Duration.ofMinutes(12));
        assertThat(throttle.retryAfter("user:bert")).isEmpty();
        clock.advance(Duration.ofMinutes(12).plusSeconds(1));
        assertThat(throttle.retryAfter("user:anna")).isEmpty();
    }

    @Test
    void thePolicyNeedsViewersToReadOperatorsToChangeAndAdminsForAccounts() {
        AccessPolicy policy = new AccessPolicy();
        assertThat(policy.required(io.vertx.core.http.HttpMethod.GET, "/api/stations")).contains(Role.VIEWER);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.POST, "/api/stations/X/commands/reset")).contains(Role.OPERATOR);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.GET, "/api/users")).contains(Role.ADMIN);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.DELETE, "/api/tokens/3")).contains(Role.ADMIN);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.POST, "/api/auth/logout")).contains(Role.VIEWER);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.POST, "/api/auth/login")).isEmpty();
        // planners run scenarios as viewers: a run computes and stores nothing lasting; tariffs stay operators'
        assertThat(policy.required(io.vertx.core.http.HttpMethod.POST, "/api/planning/runs")).contains(Role.VIEWER);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.POST, "/api/planning/compare")).contains(Role.VIEWER);
        assertThat(policy.required(io.vertx.core.http.HttpMethod.POST, "/api/tariffs")).contains(Role.OPERATOR);
        assertThat(Role.ADMIN.includes(Role.OPERATOR)).isTrue();
        assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
    }
}
