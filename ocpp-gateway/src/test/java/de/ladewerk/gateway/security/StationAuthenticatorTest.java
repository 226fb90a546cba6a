package de.ladewerk.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.security.StationAuthenticator.Verdict;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Station password checks: the same work for every refusal, throttled, bounded, cheap for sealed secrets. */
class StationAuthenticatorTest {

    private static final PasswordHasher HASHER = new PasswordHasher(1024, 1);
    private static final String RIGHT = "correct-horse-battery-staple";

    private final Vertx vertx = Vertx.vertx();
    private final MutableClock clock = new MutableClock();
    private final CountingExecutor pool = new CountingExecutor(vertx.createSharedWorkerExecutor("test-passwords", 2));
    private final SealedSecrets sealed = new SealedSecrets(StationSecretKey.generate());
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final String argon2 = HASHER.hash(RIGHT);

    private StationAuthenticator authenticator(int maxWaiting) {
        return new StationAuthenticator(new CredentialVerifier(HASHER), HASHER, sealed,
                new AuthThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(5), 1000), pool,
                (id, hash) -> { stored.put(id, hash); return true; }, maxWaiting);
    }

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void anUnknownStationCostsOneArgon2RunLikeAWrongPassword() {
        StationAuthenticator auth = authenticator(100);
        assertThat(await(auth.authenticate("KNOWN", "10.0.0.1", "wrong-password", argon2))).isEqualTo(Verdict.REFUSED);
        assertThat(pool.ran.get()).isEqualTo(1);
        assertThat(await(auth.authenticate("NOBODY", "10.0.0.2", "wrong-password", null))).isEqualTo(Verdict.REFUSED);
        assertThat(pool.ran.get()).as("the unknown station is checked against a dummy hash").isEqualTo(2);
        assertThat(await(auth.authenticate("SEALED", "10.0.0.3", "wrong-password", sealed.seal(RIGHT))))
                .isEqualTo(Verdict.REFUSED);
        assertThat(pool.ran.get()).as("a wrong sealed secret costs the same Argon2 run").isEqualTo(3);
    }

    @Test
    void aSealedSecretIsCheckedWithoutArgon2() {
        StationAuthenticator auth = authenticator(100);
        assertThat(await(auth.authenticate("SEALED", "10.0.0.1", RIGHT, sealed.seal(RIGHT)))).isEqualTo(Verdict.ACCEPTED);
        assertThat(pool.ran.get()).isZero();
    }

    @Test
    void repeatedFailuresOfAnIdentityBackOffBeforeAnyHashAndLiftWithTime() {
        StationAuthenticator auth = authenticator(100);
        for (int i = 0; i < 6; i++) {
            assertThat(await(auth.authenticate("KNOWN", "10.0.0." + i, "guess-" + i, argon2))).isEqualTo(Verdict.REFUSED);
        }
        int ran = pool.ran.get();
        assertThat(await(auth.authenticate("KNOWN", "10.0.0.99", RIGHT, argon2))).isEqualTo(Verdict.THROTTLED);
        assertThat(pool.ran.get()).as("a throttled attempt costs no hash").isEqualTo(ran);
        clock.advance(Duration.ofSeconds(2));
        assertThat(await(auth.authenticate("KNOWN", "10.0.0.99", RIGHT, argon2))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void anAddressThatGuessesManyIdentitiesBacksOffWhileOthersDoNot() {
        StationAuthenticator auth = authenticator(100);
        for (int i = 0; i < 6; i++) {
            await(auth.authenticate("ID-" + i, "10.6.6.6", "guess", argon2));
        }
        assertThat(await(auth.authenticate("ID-NEW", "10.6.6.6", RIGHT, argon2))).isEqualTo(Verdict.THROTTLED);
        assertThat(await(auth.authenticate("ID-NEW", "10.0.0.7", RIGHT, argon2))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aThrottledIdentityWithASealedSecretIsNotLockedOut() {
        StationAuthenticator auth = authenticator(100);
        String hash = sealed.seal(RIGHT);
        for (int i = 0; i < 8; i++) {
            await(auth.authenticate("SEALED", "10.6.6." + i, "guess", hash));
        }
        assertThat(await(auth.authenticate("SEALED", "10.0.0.1", RIGHT, hash))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void beyondTheWaitingBoundAnAttemptIsAnsweredBusyAtOnce() {
        StationAuthenticator auth = authenticator(0);
        assertThat(await(auth.authenticate("KNOWN", "10.0.0.1", RIGHT, argon2))).isEqualTo(Verdict.BUSY);
        assertThat(pool.ran.get()).isZero();
        assertThat(await(auth.authenticate("SEALED", "10.0.0.1", RIGHT, sealed.seal(RIGHT)))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aGeneratedPasswordStillHashedWithArgon2IsSealedOnItsFirstSuccess() {
        StationAuthenticator auth = authenticator(100);
        String marked = SealedSecrets.GENERATED_PREFIX + argon2;
        assertThat(await(auth.authenticate("OLD", "10.0.0.1", RIGHT, marked))).isEqualTo(Verdict.ACCEPTED);
        assertThat(stored.get("OLD")).startsWith(SealedSecrets.PREFIX);
        assertThat(sealed.matches(RIGHT, stored.get("OLD"))).isTrue();
    }

    @Test
    void anOperatorChosenPasswordKeepsArgon2() {
        StationAuthenticator auth = authenticator(100);
        assertThat(await(auth.authenticate("CHOSEN", "10.0.0.1", RIGHT, argon2))).isEqualTo(Verdict.ACCEPTED);
        assertThat(stored).doesNotContainKey("CHOSEN");
    }

    @Test
    void aSealedSecretOfAnotherKeyDoesNotMatch() {
        String other = new SealedSecrets(StationSecretKey.generate()).seal(RIGHT);
        assertThat(sealed.matches(RIGHT, other)).isFalse();
        assertThat(sealed.matches(RIGHT, sealed.seal(RIGHT))).isTrue();
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the tasks that reach the password pool: each is one Argon2 run. */
    private static final class CountingExecutor implements WorkerExecutor {
        final AtomicInteger ran = new AtomicInteger();
        private final WorkerExecutor delegate;

        CountingExecutor(WorkerExecutor delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> Future<T> executeBlocking(Callable<T> task, boolean ordered) {
            return delegate.executeBlocking(() -> {
                ran.incrementAndGet();
                return task.call();
            }, ordered);
        }

        @Override
        public Future<Void> close() {
            return delegate.close();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
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
    }
}
