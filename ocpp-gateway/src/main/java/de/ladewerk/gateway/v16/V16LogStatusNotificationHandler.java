package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.security.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.LogStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 1.6 LogStatusNotification: (security extension) the progress of a GetLog upload, stored. */
public final class V16LogStatusNotificationHandler implements CallHandler<LogStatusNotificationRequest, LogStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V16LogStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<LogStatusNotificationResponse> handle(StationSession session, LogStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.LOG, r.status(), r.requestId(), null).map(v -> new LogStatusNotificationResponse());
    }
}
