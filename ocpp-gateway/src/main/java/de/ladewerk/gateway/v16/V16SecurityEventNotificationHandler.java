package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.securityevent.SecurityEventService;
import de.ladewerk.ocpp.v16.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v16.security.SecurityEventNotificationResponse;
import io.vertx.core.Future;

/** OCPP 1.6 security extension SecurityEventNotification: stored, then shown live. */
public final class V16SecurityEventNotificationHandler
        implements CallHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse> {

    private final SecurityEventService events;

    public V16SecurityEventNotificationHandler(SecurityEventService events) {
        this.events = events;
    }

    @Override
    public Future<SecurityEventNotificationResponse> handle(StationSession session, SecurityEventNotificationRequest r) {
        return events.report(session.stationId(), r.type(), r.timestamp(), r.techInfo())
                .map(v -> new SecurityEventNotificationResponse());
    }
}
