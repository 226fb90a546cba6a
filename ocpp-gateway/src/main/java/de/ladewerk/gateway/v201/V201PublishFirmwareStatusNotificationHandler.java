package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.firmware.FirmwareEventKind;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 PublishFirmwareStatusNotification: the progress of publishing firmware on a local controller, with its locations, stored. */
public final class V201PublishFirmwareStatusNotificationHandler implements CallHandler<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse> {

    private final FirmwareEvents events;

    public V201PublishFirmwareStatusNotificationHandler(FirmwareEvents events) {
        this.events = events;
    }

    @Override
    public Future<PublishFirmwareStatusNotificationResponse> handle(StationSession session, PublishFirmwareStatusNotificationRequest r) {
        return events.report(session, FirmwareEventKind.PUBLISH_FIRMWARE, r.status(), r.requestId(), r.location() == null ? null : String.join(" ", r.location())).map(v -> new PublishFirmwareStatusNotificationResponse());
    }
}
