package de.ladewerk.simulator.behaviour;

import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationResponse;
import de.ladewerk.ocpp.v16.core.ChargePointErrorCode;
import de.ladewerk.ocpp.v16.core.ChargePointStatus;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatResponse;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationResponse;
import de.ladewerk.simulator.model.StationProfile;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.time.Instant;

/** OCPP 1.6: connector 0 stands for the whole charge point, then connectors 1..n. */
final class V16Dialect implements ProtocolDialect {

    @Override
    public Future<BootAnswer> boot(StationClient client, StationProfile profile) {
        BootNotificationRequest request = new BootNotificationRequest(profile.vendor(), profile.model(),
                profile.serialNumber(), profile.serialNumber(), profile.firmwareVersion(), null, null, null, null);
        return client.call("BootNotification", request, BootNotificationResponse.class)
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
        for (int connector = 0; connector <= profile.connectorCount(); connector++) {
            StatusNotificationRequest request = new StatusNotificationRequest(connector, ChargePointErrorCode.NoError,
                    null, ChargePointStatus.Available, Instant.now(), null, null);
            chain = chain.compose(v -> client.call("StatusNotification", request, StatusNotificationResponse.class))
                    .mapEmpty();
        }
        return chain;
    }
}
