package de.ladewerk.app.billing;

import de.ladewerk.billing.BillingOutcome;
import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.session.InvalidSessionException;
import de.ladewerk.gateway.query.EndedSessions;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bills every session the gateway reports ended: maps the gateway's {@link SessionEnded} to billing's
 * view and issues the CDR (or the hold). The catch-up reads a session through the same port
 * ({@link EndedSessions}). Work runs on {@code executor}, never on the caller's (event-loop) thread.
 *
 * <p>Idempotent: billing returns the first outcome for a session billed before (it looks the CDR or
 * hold up first), and the database keeps one CDR per session (unique index), so two deliveries that
 * run at once still bill once.
 *
 * <p>Metric {@code ladewerk.billing.sessions{outcome}}: billed, held, invalid (the stored session
 * cannot be billed as it is), failed (storage or unexpected error; the catch-up tries again), missing.
 */
public final class SessionBillingBridge {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBillingBridge.class);

    private final EndedSessions sessions;
    private final BillingService billing;
    private final Executor executor;
    private final Counter billed;
    private final Counter held;
    private final Counter invalid;
    private final Counter failed;
    private final Counter missing;

    public SessionBillingBridge(EndedSessions sessions, BillingService billing, Executor executor, MeterRegistry meters) {
        this.sessions = sessions;
        this.billing = billing;
        this.executor = executor;
        this.billed = counter(meters, "billed");
        this.held = counter(meters, "held");
        this.invalid = counter(meters, "invalid");
        this.failed = counter(meters, "failed");
        this.missing = counter(meters, "missing");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("ladewerk.billing.sessions").tag("outcome", outcome)
                .description("ended sessions handed to billing, by outcome").register(meters);
    }

    /**
     * Called after the gateway committed a session's end; returns at once. The future completes with
     * the outcome, or empty when the session could not be billed (logged and counted).
     */
    public CompletableFuture<Optional<BillingOutcome>> sessionEnded(SessionEnded ended) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return bill(ended.id(), () -> Optional.of(ended));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }, executor);
    }

    /**
     * Bills one session on the calling thread (blocking).
     *
     * @return the outcome, or empty when the session can never be billed as stored (missing, invalid)
     * @throws RuntimeException when storage or billing failed; trying again later may succeed
     */
    Optional<BillingOutcome> billOrThrow(SessionId sessionId) {
        return bill(sessionId, () -> sessions.find(sessionId));
    }

    private Optional<BillingOutcome> bill(SessionId sessionId, Supplier<Optional<SessionEnded>> read) {
        try {
            Optional<SessionEnded> ended = read.get();
            if (ended.isEmpty()) {
                missing.increment();
                LOG.warn("session {} was reported ended but is not stored as ended; not billed", sessionId);
                return Optional.empty();
            }
            BillingOutcome outcome = billing.onSessionEnded(ChargingSessionMapper.toBilling(ended.get()));
            if (outcome instanceof BillingOutcome.Billed b) {
                billed.increment();
                LOG.debug("session {} billed: CDR {}", sessionId, b.cdr().id());
            } else if (outcome instanceof BillingOutcome.Held h) {
                held.increment();
                LOG.info("session {} held for review: {}", sessionId, String.join("; ", h.held().reasons()));
            }
            return Optional.of(outcome);
        } catch (InvalidSessionException e) {
            invalid.increment();
            LOG.warn("session {} cannot be billed: {}", sessionId, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            failed.increment();
            LOG.error("billing session {} failed; the catch-up will try again", sessionId, e);
            throw e;
        }
    }

    /** Runs {@code task} on the bridge's executor, after billing work queued before it. */
    CompletableFuture<Void> queue(Runnable task) {
        return CompletableFuture.runAsync(task, executor);
    }
}
