package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.station.StationBoot;
import de.ladewerk.ocpp.v201.common.RegistrationStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationResponse;
import de.ladewerk.ocpp.v201.provisioning.ChargingStation;
import io.vertx.core.Future;

/** OCPP 2.0.1 BootNotification: record who the station is, answer with its registration status. */
public final class V201BootNotificationHandler implements CallHandler<BootNotificationRequest, BootNotificationResponse> {

    private final StationHandlers stations;

    public V201BootNotificationHandler(StationHandlers stations) {
        this.stations = stations;
    }

    @Override
    public Future<BootNotificationResponse> handle(StationSession session, BootNotificationRequest r) {
        ChargingStation cs = r.chargingStation();
        StationBoot boot = new StationBoot(session.stationId(), session.version().subprotocol(), cs.vendorName(),
                cs.model(), cs.serialNumber(), cs.firmwareVersion(),
                cs.modem() == null ? null : cs.modem().iccid(), cs.modem() == null ? null : cs.modem().imsi(),
                null, null, r.reason().name(), stations.now());
        return stations.boot(session, boot).map(status -> {
            StatusInfo info = switch (status) {
                case ACCEPTED -> null;
                case PENDING -> new StatusInfo("AwaitingApproval", "An operator has not yet approved this station.");
                case REJECTED -> new StatusInfo("Rejected", "This station is not allowed on this network.");
            };
            return new BootNotificationResponse(stations.now(), stations.bootPolicy().intervalFor(status),
                    RegistrationStatus.valueOf(status.wireName()), info);
        });
    }
}
