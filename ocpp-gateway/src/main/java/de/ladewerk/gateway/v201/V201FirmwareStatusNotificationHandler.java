package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.FirmwareStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 FirmwareStatusNotification: the progress of a firmware update, stored. */
public final class V201FirmwareStatusNotificationHandler implements CallHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V201FirmwareStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<FirmwareStatusNotificationResponse> handle(StationSession session, FirmwareStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.FIRMWARE, r.status(), r.requestId(), null).map(v -> new FirmwareStatusNotificationResponse());
    }
}
