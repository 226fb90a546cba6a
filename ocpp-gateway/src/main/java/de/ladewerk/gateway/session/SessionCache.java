package de.ladewerk.gateway.session;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The sessions the gateway has seen lately, by station and transaction id. Active sessions stay; ended
 * ones are kept for a while so late retries are recognised, then forgotten (the store still knows them).
 */
final class SessionCache {

    private static final int ENDED_KEPT = 10_000;

    private final Map<String, SessionState> byKey = new ConcurrentHashMap<>();
    private final Queue<String> ended = new ConcurrentLinkedQueue<>();

    SessionState get(String stationId, String transactionId) {
        return byKey.get(key(stationId, transactionId));
    }

    void put(SessionState state) {
        byKey.put(key(state.stationId(), state.transactionId()), state);
    }

    /** Marks the session ended; the oldest ended sessions beyond the limit are forgotten. */
    void ended(SessionState state) {
        ended.add(key(state.stationId(), state.transactionId()));
        while (ended.size() > ENDED_KEPT) {
            String oldest = ended.poll();
            if (oldest != null) {
                byKey.remove(oldest);
            }
        }
    }

    private static String key(String stationId, String transactionId) {
        return stationId + '\u0000' + transactionId;
    }
}
