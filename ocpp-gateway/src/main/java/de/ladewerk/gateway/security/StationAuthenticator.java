package de.ladewerk.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a station's Basic-auth password so that guessing cannot become a denial of service:
 * <ul>
 *   <li>cheap paths first and never throttled: a sealed (HMAC) generated secret, or a password already
 *       verified against the same stored hash in this process — an attacker cannot lock such a station out;</li>
 *   <li>every other attempt costs exactly one Argon2id run with the configured parameters: against the stored
 *       hash, or against a dummy hash when the identity is unknown, has no password, or a sealed secret did not
 *       match — so a refusal takes the same work whether the station exists or not (no timing oracle);</li>
 *   <li>those runs are throttled per identity and per address ({@link AuthThrottle}), run only on the bounded
 *       password pool (never on an event loop), and at most {@code maxWaiting} may queue there — beyond that
 *       the attempt is answered {@link Verdict#BUSY} at once instead of waiting behind an attacker.</li>
 * </ul>
 * A generated password whose Argon2id hash predates sealing is re-stored sealed on its first success.
 */
public final class StationAuthenticator {

    /** The outcome of one attempt. */
    public enum Verdict {
        /** the password is right */
        ACCEPTED,
        /** wrong password, unknown station or no password set (deliberately indistinguishable) */
        REFUSED,
        /** the identity or address is in back-off after repeated failures */
        THROTTLED,
        /** too many expensive checks are waiting; try again shortly */
        BUSY
    }

    /** Re-stores a station's password hash (blocking; runs on the password pool). */
    @FunctionalInterface
    public interface HashStore {
        boolean setPasswordHash(String stationId, String passwordHash);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StationAuthenticator.class);

    private final CredentialVerifier verifier;
    private final PasswordHasher hasher;
    private final SealedSecrets sealed;
    private final AuthThrottle throttle;
    private final WorkerExecutor passwords;
    private final HashStore store;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile String dummyHash;

    public StationAuthenticator(CredentialVerifier verifier, PasswordHasher hasher, SealedSecrets sealed,
                                AuthThrottle throttle, WorkerExecutor passwords, HashStore store, int maxWaiting) {
        this.verifier = verifier;
        this.hasher = hasher;
        this.sealed = sealed;
        this.throttle = throttle;
        this.passwords = passwords;
        this.store = store;
        this.maxWaiting = maxWaiting;
    }

    /**
     * Checks {@code password} of {@code identity}, connecting from {@code address}.
     *
     * @param storedHash the station's stored hash; null if the station is unknown or has none
     */
    public Future<Verdict> authenticate(String identity, String address, String password, String storedHash) {
        if (password != null && storedHash != null
                && (sealed.matches(password, storedHash) || verifier.remembered(identity, password, storedHash))) {
            throttle.succeeded(identity, address);
            return Future.succeededFuture(Verdict.ACCEPTED);
        }
        Duration wait = throttle.waitFor(identity, address);
        if (!wait.isZero()) {
            return Future.succeededFuture(Verdict.THROTTLED);
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return Future.succeededFuture(Verdict.BUSY);
        }
        boolean real = storedHash != null && !SealedSecrets.isSealed(storedHash);
        return passwords.executeBlocking(() -> {
            waiting.decrementAndGet();
            if (!real) {
                hasher.verify(password == null ? "" : password, dummyHash()); // the same work as a real check
                return false;
            }
            boolean ok = verifier.verify(identity, password, storedHash);
            if (ok && SealedSecrets.isGeneratedArgon2(storedHash)) {
                reseal(identity, password);
            }
            return ok;
        }, false).map(ok -> {
            if (ok) {
                throttle.succeeded(identity, address);
                return Verdict.ACCEPTED;
            }
            throttle.failed(identity, address);
            return Verdict.REFUSED;
        });
    }

    private void reseal(String identity, String password) {
        try {
            if (store.setPasswordHash(identity, sealed.seal(password))) {
                LOG.info("{}: generated password re-stored as HMAC-SHA-256", identity);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: could not re-store the generated password sealed (kept Argon2id): {}", identity, e.getMessage());
        }
    }

    /** An Argon2id hash of a random password made with the configured parameters, once. */
    private String dummyHash() {
        String d = dummyHash;
        if (d == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            d = hasher.hash(java.util.HexFormat.of().formatHex(random));
            dummyHash = d;
        }
        return d;
    }

    /** Expensive checks queued or running now (for a gauge). */
    public int waiting() {
        return waiting.get();
    }
}
