package de.ladewerk.simulator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.ocpp.OcppVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import de.ladewerk.ocpp.v201.provisioning.BootReason;
import de.ladewerk.ocpp.v201.provisioning.ChargingStation;

/** The requests a load station sends, valid for any OCPP server of the version. */
final class LoadPayloads {

    private static final Object V16_HEARTBEAT = new de.ladewerk.ocpp.v16.core.HeartbeatRequest();
    private static final Object V201_HEARTBEAT = new de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest();

    private LoadPayloads() {
    }

    /**
     * A MeterValues request of connector/EVSE 1 outside a transaction (valid for any CSMS), whose
     * register grows with {@code sequence}; {@code full} adds the per-phase power and voltage and the
     * offered power and current (13 values instead of 5).
     */
    static JsonNode meterValues(OcppVersion version, int sequence, boolean full) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        boolean v16 = version == OcppVersion.V16;
        payload.put(v16 ? "connectorId" : "evseId", 1);
        ObjectNode meterValue = payload.putArray("meterValue").addObject()
                .put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        ArrayNode values = meterValue.putArray("sampledValue");
        add(values, v16, "Energy.Active.Import.Register", null, 1_000_000 + sequence * 180L, "Wh");
        add(values, v16, "Power.Active.Import", null, 11_040, "W");
        for (int phase = 1; phase <= 3; phase++) {
            add(values, v16, "Current.Import", "L" + phase, 16, "A");
        }
        if (full) {
            for (int phase = 1; phase <= 3; phase++) {
                add(values, v16, "Power.Active.Import", "L" + phase, 3_680, "W");
                add(values, v16, "Voltage", "L" + phase + "-N", 230, "V");
            }
            add(values, v16, "Power.Offered", null, 11_040, "W");
            add(values, v16, "Current.Offered", null, 16, "A");
        }
        return payload;
    }

    private static void add(ArrayNode values, boolean v16, String measurand, String phase, long value, String unit) {
        ObjectNode v = values.addObject();
        if (v16) {
            v.put("value", Long.toString(value));
        } else {
            v.put("value", value);
        }
        v.put("context", "Sample.Periodic").put("measurand", measurand);
        if (phase != null) {
            v.put("phase", phase);
        }
        if (v16) {
            v.put("unit", unit);
        } else {
            v.putObject("unitOfMeasure").put("unit", unit);
        }
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
