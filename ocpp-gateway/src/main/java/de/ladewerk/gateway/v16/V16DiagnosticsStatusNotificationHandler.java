package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.DiagnosticsStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 1.6 DiagnosticsStatusNotification: the progress of a diagnostics upload, stored. */
public final class V16DiagnosticsStatusNotificationHandler implements CallHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V16DiagnosticsStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<DiagnosticsStatusNotificationResponse> handle(StationSession session, DiagnosticsStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.DIAGNOSTICS, r.status(), null, null).map(v -> new DiagnosticsStatusNotificationResponse());
    }
}
