package de.ladewerk.gateway.securityevent;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a station's security event and, once committed, publishes it as a {@code security.event} live
 * event. Version-neutral: the 1.6 and 2.0.1 handlers only unpack their messages.
 */
public final class SecurityEventService {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventService.class);

    private final SecurityEventStore store;
    private final LiveEvents live;
    private final Clock clock;

    public SecurityEventService(SecurityEventStore store, LiveEvents live, Clock clock) {
        this.store = store;
        this.live = live;
        this.clock = clock;
    }

    /** Completes after the event is committed; the station may be answered then. */
    public Future<Void> report(String stationId, String type, Instant time, String techInfo) {
        SecurityEvent event = new SecurityEvent(stationId, type, time, techInfo, clock.instant());
        LOG.info("{}: security event {} at {}{}", stationId, type, time, techInfo == null ? "" : " (" + techInfo + ")");
        return Committed.on(store.store(event)).onSuccess(v -> publish(event));
    }

    private void publish(SecurityEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", event.type());
        data.put("time", event.time().toString());
        if (event.techInfo() != null) {
            data.put("techInfo", event.techInfo());
        }
        try {
            live.accept(new LiveEvent(LiveEvents.SECURITY_EVENT, event.stationId(), event.receivedAt(), data));
        } catch (RuntimeException e) {
            LOG.warn("{}: live event for security event {} not published: {}", event.stationId(), event.type(), e.toString());
        }
    }
}
