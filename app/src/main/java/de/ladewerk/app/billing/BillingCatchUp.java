package de.ladewerk.app.billing;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bills ended sessions that have neither a CDR nor a hold: those whose end was committed while the
 * application stopped before billing ran, or whose billing failed. Runs at start-up and then every
 * {@code billing.catchUpInterval}, through the bridge's one-at-a-time executor, so it never races the
 * live path for the same session.
 */
public final class BillingCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(BillingCatchUp.class);
    private static final int BATCH = 200;
    private static final int REMEMBERED_INVALID = 10_000;

    private final EndedSessions sessions;
    private final SessionBillingBridge bridge;
    private final Duration window;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Sessions that cannot be billed as stored; not retried every round (bounded, oldest forgotten). */
    private final Set<String> unbillable = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<String, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_INVALID;
                }
            }));

    public BillingCatchUp(EndedSessions sessions, SessionBillingBridge bridge, Duration window, Clock clock) {
        this.sessions = sessions;
        this.bridge = bridge;
        this.window = window;
        this.clock = clock;
    }

    /** One round: bills up to a batch of unbilled sessions; a round still running makes this a no-op. */
    public CompletableFuture<Integer> runOnce() {
        if (!running.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(0);
        }
        int[] billed = {0};
        return bridge.queue(() -> {
            List<String> ids = sessions.unbilledEndedSince(clock.instant().minus(window), BATCH + unbillable.size());
            for (String id : ids) {
                if (billed[0] >= BATCH || unbillable.contains(id)) {
                    continue;
                }
                try {
                    if (bridge.billOrThrow(id).isPresent()) {
                        billed[0]++;
                    } else {
                        unbillable.add(id);
                    }
                } catch (RuntimeException e) {
                    // logged and counted by the bridge; the next round tries again
                }
            }
            if (billed[0] > 0) {
                LOG.info("billing catch-up billed {} session(s) left unbilled", billed[0]);
            }
        }).handle((v, e) -> {
            running.set(false);
            if (e != null) {
                LOG.error("billing catch-up failed; next round tries again", e);
            }
            return billed[0];
        });
    }
}
