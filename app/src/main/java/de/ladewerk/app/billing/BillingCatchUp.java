package de.ladewerk.app.billing;

import de.ladewerk.gateway.query.EndedSessions;
import de.ladewerk.gateway.session.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bills ended sessions that have neither a CDR nor a hold: those whose end was committed while the
 * application stopped before billing ran, or whose billing failed. Runs at start-up and then every
 * {@code billing.catchUpInterval}, through the bridge's executor. It pages through the sessions ended in
 * the window ({@link EndedSessions}, the gateway's port) and asks billing which of each page it has not
 * decided on yet.
 */
public final class BillingCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(BillingCatchUp.class);
    private static final int BATCH = 200;
    private static final int PAGE = 1_000;
    private static final int REMEMBERED_INVALID = 10_000;

    private final EndedSessions sessions;
    private final Function<List<String>, Set<String>> settled;
    private final SessionBillingBridge bridge;
    private final Duration window;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Sessions that cannot be billed as stored; not retried every round (bounded, oldest forgotten). */
    private final Set<SessionId> unbillable = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<SessionId, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SessionId, Boolean> eldest) {
                    return size() > REMEMBERED_INVALID;
                }
            }));

    /** @param settled which of the given session ids billing has a CDR or hold for */
    public BillingCatchUp(EndedSessions sessions, Function<List<String>, Set<String>> settled,
                          SessionBillingBridge bridge, Duration window, Clock clock) {
        this.sessions = sessions;
        this.settled = settled;
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
            for (SessionId id : unbilled(clock.instant().minus(window))) {
                if (billed[0] >= BATCH) {
                    break;
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

    /** Up to a batch of ended, unsettled, not known unbillable sessions, oldest id first. */
    private List<SessionId> unbilled(Instant since) {
        List<SessionId> out = new ArrayList<>();
        SessionId after = null;
        while (out.size() < BATCH) {
            List<SessionId> page = sessions.endedSince(since, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Set<String> done = settled.apply(page.stream().map(SessionId::toString).toList());
            page.stream().filter(id -> !done.contains(id.toString()) && !unbillable.contains(id)).forEach(out::add);
            after = page.get(page.size() - 1);
        }
        return out;
    }
}
