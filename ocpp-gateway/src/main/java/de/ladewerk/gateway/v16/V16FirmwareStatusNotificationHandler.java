package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.firmware.FirmwareStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 1.6 FirmwareStatusNotification: the progress of a firmware update, stored. */
public final class V16FirmwareStatusNotificationHandler implements CallHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V16FirmwareStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<FirmwareStatusNotificationResponse> handle(StationSession session, FirmwareStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.FIRMWARE, r.status(), null, null).map(v -> new FirmwareStatusNotificationResponse());
    }
}
