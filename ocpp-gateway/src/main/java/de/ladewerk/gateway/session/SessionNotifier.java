package de.ladewerk.gateway.session;

import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import io.vertx.core.WorkerExecutor;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the live view and billing about sessions, after commit; their failures never reach a station. */
final class SessionNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SessionNotifier.class);

    private final LiveEvents live;
    private final SessionEndedListener ended;
    private final SessionStore store;
    private final WorkerExecutor blocking;

    SessionNotifier(LiveEvents live, SessionEndedListener ended, SessionStore store, WorkerExecutor blocking) {
        this.live = live;
        this.ended = ended;
        this.store = store;
        this.blocking = blocking;
    }

    void publish(String type, SessionState s, Instant at) {
        Map<String, Object> data = new HashMap<>();
        data.put("sessionId", s.sessionId());
        data.put("transactionId", s.transactionId());
        if (s.evseId() != null) {
            data.put("evseId", s.evseId());
        }
        if (s.lastEnergyWh() != null && s.meterStartWh() != null) {
            data.put("energyWh", s.lastEnergyWh().subtract(s.meterStartWh()));
        }
        if (s.chargingState() != null) {
            data.put("chargingState", s.chargingState());
        }
        try {
            live.accept(new LiveEvent(type, s.stationId(), at, data));
        } catch (RuntimeException e) {
            LOG.warn("live event {} of session {} failed: {}", type, s.sessionId(), e.getMessage());
        }
    }

    /** Loads what billing needs and hands it over, on a worker thread. */
    void sessionEnded(SessionState s) {
        blocking.executeBlocking(() -> {
            ended.sessionEnded(store.ended(s.sessionId()).orElseThrow());
            return null;
        }, false).onFailure(e -> LOG.error("session-ended listener failed for session {}", s.sessionId(), e));
    }
}
