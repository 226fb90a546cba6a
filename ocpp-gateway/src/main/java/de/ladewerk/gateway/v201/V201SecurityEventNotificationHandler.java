package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.securityevent.SecurityEventService;
import de.ladewerk.ocpp.v201.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v201.security.SecurityEventNotificationResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 SecurityEventNotification: stored, then shown live. */
public final class V201SecurityEventNotificationHandler
        implements CallHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse> {

    private final SecurityEventService events;

    public V201SecurityEventNotificationHandler(SecurityEventService events) {
        this.events = events;
    }

    @Override
    public Future<SecurityEventNotificationResponse> handle(StationSession session, SecurityEventNotificationRequest r) {
        return events.report(session.stationId(), r.type(), r.timestamp(), r.techInfo())
                .map(v -> new SecurityEventNotificationResponse());
    }
}
