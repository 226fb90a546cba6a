package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v16.security.SignedFirmwareStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 1.6 SignedFirmwareStatusNotification: (security extension) the progress of a signed firmware update, stored. */
public final class V16SignedFirmwareStatusNotificationHandler implements CallHandler<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V16SignedFirmwareStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<SignedFirmwareStatusNotificationResponse> handle(StationSession session, SignedFirmwareStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.SIGNED_FIRMWARE, r.status(), r.requestId(), null).map(v -> new SignedFirmwareStatusNotificationResponse());
    }
}
