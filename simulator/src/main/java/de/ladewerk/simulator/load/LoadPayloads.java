package de.ladewerk.simulator.load;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.v201.provisioning.BootReason;
import de.ladewerk.ocpp.v201.provisioning.ChargingStation;

/** The requests a load station sends, valid for any OCPP server of the version. */
final class LoadPayloads {

    private static final Object V16_HEARTBEAT = new de.ladewerk.ocpp.v16.core.HeartbeatRequest();
    private static final Object V201_HEARTBEAT = new de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest();

    private LoadPayloads() {
    }

    static Object boot(OcppVersion version, int station) {
        String serial = "LOAD-" + (station + 1);
        if (version == OcppVersion.V16) {
            return new de.ladewerk.ocpp.v16.core.BootNotificationRequest("Ladewerk", "LoadSim", serial, serial,
                    "1.0.0", null, null, null, null);
        }
        return new de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest(
                new ChargingStation(serial, "LoadSim", null, "Ladewerk", "1.0.0"), BootReason.PowerUp);
    }

    static Object heartbeat(OcppVersion version) {
        return version == OcppVersion.V16 ? V16_HEARTBEAT : V201_HEARTBEAT;
    }
}
