package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.station.StationBoot;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationResponse;
import de.ladewerk.ocpp.v16.core.RegistrationStatus;
import io.vertx.core.Future;

/** OCPP 1.6 BootNotification: record who the station is, answer with its registration status. */
public final class V16BootNotificationHandler implements CallHandler<BootNotificationRequest, BootNotificationResponse> {

    private final StationHandlers stations;

    public V16BootNotificationHandler(StationHandlers stations) {
        this.stations = stations;
    }

    @Override
    public Future<BootNotificationResponse> handle(StationSession session, BootNotificationRequest r) {
        String serial = r.chargePointSerialNumber() != null ? r.chargePointSerialNumber() : r.chargeBoxSerialNumber();
        StationBoot boot = new StationBoot(session.stationId(), session.version().subprotocol(),
                r.chargePointVendor(), r.chargePointModel(), serial, r.firmwareVersion(), r.iccid(), r.imsi(),
                r.meterType(), r.meterSerialNumber(), null, stations.now());
        return stations.boot(session, boot).map(status -> new BootNotificationResponse(
                RegistrationStatus.valueOf(status.wireName()), stations.now(),
                stations.bootPolicy().intervalFor(status)));
    }
}
