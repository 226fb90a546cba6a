package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v201.diagnostics.LogStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 LogStatusNotification: the progress of a log upload, stored. */
public final class V201LogStatusNotificationHandler implements CallHandler<LogStatusNotificationRequest, LogStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V201LogStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<LogStatusNotificationResponse> handle(StationSession session, LogStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.LOG, r.status(), r.requestId(), null).map(v -> new LogStatusNotificationResponse());
    }
}
