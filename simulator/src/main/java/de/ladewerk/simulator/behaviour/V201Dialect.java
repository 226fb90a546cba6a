package de.ladewerk.simulator.behaviour;

import de.ladewerk.ocpp.v201.availability.ConnectorStatus;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationResponse;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationResponse;
import de.ladewerk.ocpp.v201.provisioning.BootReason;
import de.ladewerk.ocpp.v201.provisioning.ChargingStation;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatResponse;
import de.ladewerk.simulator.model.StationProfile;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.time.Instant;

/** OCPP 2.0.1: one StatusNotification per connector of each EVSE. */
final class V201Dialect implements ProtocolDialect {

    @Override
    public Future<BootAnswer> boot(StationClient client, StationProfile profile) {
        ChargingStation station = new ChargingStation(profile.serialNumber(), profile.model(), null,
                profile.vendor(), profile.firmwareVersion());
        return client.call("BootNotification", new BootNotificationRequest(station, BootReason.PowerUp),
                        BootNotificationResponse.class)
                .map(answer -> new BootAnswer(Registration.valueOf(answer.status().name().toUpperCase()),
                        answer.interval()));
    }

    @Override
    public Future<Void> heartbeat(StationClient client) {
        return client.call("Heartbeat", new HeartbeatRequest(), HeartbeatResponse.class).mapEmpty();
    }

    @Override
    public Future<Void> reportAllAvailable(StationClient client, StationProfile profile) {
        Future<Void> chain = Future.succeededFuture();
        for (int evse = 1; evse <= profile.connectorsPerEvse().size(); evse++) {
            for (int connector = 1; connector <= profile.connectorsPerEvse().get(evse - 1); connector++) {
                StatusNotificationRequest request = new StatusNotificationRequest(Instant.now(),
                        ConnectorStatus.Available, evse, connector);
                chain = chain.compose(v -> client.call("StatusNotification", request, StatusNotificationResponse.class))
                        .mapEmpty();
            }
        }
        return chain;
    }
}
