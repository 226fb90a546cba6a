package de.ladewerk.simulator.behaviour;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.model.StationProfile;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;

/** The messages a station's behaviour needs, spoken in one OCPP version. */
interface ProtocolDialect {

    Future<BootAnswer> boot(StationClient client, StationProfile profile);

    Future<Void> heartbeat(StationClient client);

    /** Reports every connector as available, one StatusNotification after the other. */
    Future<Void> reportAllAvailable(StationClient client, StationProfile profile);

    static ProtocolDialect of(OcppVersion version) {
        return version == OcppVersion.V16 ? new V16Dialect() : new V201Dialect();
    }
}
