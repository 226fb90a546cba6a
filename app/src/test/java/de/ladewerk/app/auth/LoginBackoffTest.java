package de.ladewerk.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

    private final WebSessionsTest.ManualClock clock = new WebSessionsTest.ManualClock();
    private final LoginBackoff backoff = new LoginBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);

    @Test
    void anAttackerElsewhereCannotLockTheRealAdminOut() {
        String attacker = LoginBackoff.key("203.0.113.66", "admin");
        for (int i = 0; i < 50; i++) {
            backoff.failed(attacker);
        }
        assertThat(backoff.retryAfter(attacker)).isPresent();
        assertThat(backoff.retryAfter(LoginBackoff.key("10.0.0.1", "admin"))).as("the admin at the office").isEmpty();
        assertThat(backoff.retryAfter(LoginBackoff.key("203.0.113.66", "ADMIN"))).as("names are case-insensitive")
                .isPresent();
    }

    @Test
    void theWaitDoublesWithEachFailureBeyondTheFreeOnesUpToTheCap() {
        String key = LoginBackoff.key("192.0.2.1", "anna");
        for (int i = 0; i < 5; i++) {
            assertThat(backoff.retryAfter(key)).isEmpty();
            backoff.failed(key);
        }
        assertThat(backoff.retryAfter(key)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        assertThat(backoff.retryAfter(key)).isEmpty();
        backoff.failed(key);
        assertThat(backoff.retryAfter(key)).contains(Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            backoff.failed(key);
        }
        assertThat(backoff.retryAfter(key)).contains(Duration.ofMinutes(15));
        backoff.succeeded(key);
        assertThat(backoff.retryAfter(key)).isEmpty();
    }

    @Test
    void aKeyQuietForTheLongestWaitStartsAfresh() {
        String key = LoginBackoff.key("192.0.2.2", "bert");
        for (int i = 0; i < 7; i++) {
            backoff.failed(key);
        }
        clock.advance(Duration.ofMinutes(16));
        backoff.failed(key);
        assertThat(backoff.retryAfter(key)).as("one failure after a quiet time is free again").isEmpty();
    }
}
