package de.ladewerk.gateway;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.handshake.UnknownStationPolicy;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.CallErrorException;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Boot, heartbeat and status for both versions over a real WebSocket and a real database. */
class BootHeartbeatStatusIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void tc_001_coldBootChargePoint() throws Exception {
        harness.register("CP-16-A");
        StationClient cp = harness.connect("CP-16-A", OcppVersion.V16);
        JsonNode boot = await(cp.call("BootNotification", json("{'chargePointVendor':'Ladewerk','chargePointModel':'Wallbox 22',"
                + "'chargePointSerialNumber':'SN-001','firmwareVersion':'1.2.3','meterSerialNumber':'M-9'}")));
        assertThat(boot.get("status").asText()).isEqualTo("Accepted");
        assertThat(boot.get("interval").asInt()).isEqualTo(300);
        assertThat(Instant.parse(boot.get("currentTime").asText())).isCloseTo(Instant.now(),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        // committed before the answer: visible at once
        assertThat(harness.queryValue("SELECT vendor || '/' || model || '/' || serial_number || '/' || meter_serial_number "
                + "FROM ocpp.stations WHERE id = 'CP-16-A'")).isEqualTo("Ladewerk/Wallbox 22/SN-001/M-9");
        assertThat(harness.queryValue("SELECT online FROM ocpp.stations WHERE id = 'CP-16-A'")).isEqualTo(true);

        await(cp.call("StatusNotification", json("{'connectorId':0,'errorCode':'NoError','status':'Available'}")));
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Charging',"
                + "'timestamp':'2026-11-21T10:00:00Z'}")));
        assertThat(harness.queryValue("SELECT status || '/' || protocol_status FROM ocpp.connectors "
                + "WHERE station_id = 'CP-16-A' AND evse_id = 1 AND connector_id = 1")).isEqualTo("OCCUPIED/Charging");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.status_events WHERE station_id = 'CP-16-A'"))
                .isEqualTo(2L);

        JsonNode beat = await(cp.call("Heartbeat", json("{}")));
        assertThat(beat.get("currentTime").isTextual()).isTrue();
        // answered at once, written with the next batch of heartbeats
        assertThat(harness.awaitQueryValue("SELECT last_heartbeat_at IS NOT NULL FROM ocpp.stations WHERE id = 'CP-16-A'",
                Boolean.TRUE::equals)).isEqualTo(true);
        await(cp.close());
    }

    @Test
    void tc_b_01_coldBootChargingStationAccepted() throws Exception {
        harness.register("CS-201-A");
        StationClient cs = harness.connect("CS-201-A", OcppVersion.V201);
        JsonNode boot = await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':"
                + "{'model':'DC 150','vendorName':'Ladewerk','serialNumber':'SN-201','modem':{'iccid':'8949'}}}")));
        assertThat(boot.get("status").asText()).isEqualTo("Accepted");
        assertThat(harness.queryValue("SELECT last_boot_reason || '/' || iccid || '/' || protocol_version "
                + "FROM ocpp.stations WHERE id = 'CS-201-A'")).isEqualTo("PowerUp/8949/ocpp2.0.1");
        await(cs.call("StatusNotification", json("{'timestamp':'2026-11-21T10:00:00Z','connectorStatus':'Occupied',"
                + "'evseId':2,'connectorId':1}")));
        assertThat(harness.queryValue("SELECT status FROM ocpp.connectors WHERE station_id = 'CS-201-A' "
                + "AND evse_id = 2 AND connector_id = 1")).isEqualTo("OCCUPIED");
        await(cs.call("Heartbeat", json("{}")));
        await(cs.close());
    }

    @Test
    void olderStatusNeverOverwritesANewerOne() throws Exception {
        harness.register("CP-16-ORDER");
        StationClient cp = harness.connect("CP-16-ORDER", OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Faulted',"
                + "'timestamp':'2026-11-21T12:00:00Z'}")));
        // replayed after an outage: older, so history gets it but the current state stays Faulted
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Available',"
                + "'timestamp':'2026-11-21T11:00:00Z'}")));
        assertThat(harness.queryValue("SELECT protocol_status FROM ocpp.connectors WHERE station_id = 'CP-16-ORDER' "
                + "AND evse_id = 1")).isEqualTo("Faulted");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.status_events WHERE station_id = 'CP-16-ORDER'"))
                .isEqualTo(2L);
        await(cp.close());
    }

    @Test
    void tc_b_02_coldBootChargingStationPending() throws Exception {
        try (GatewayHarness pending = GatewayHarness.start(UnknownStationPolicy.PENDING)) {
            StationClient cs = await(StationClient.connect(pending.vertx(), pending.options("CS-NEW", OcppVersion.V201)));
            JsonNode boot = await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':"
                    + "{'model':'M','vendorName':'V'}}")));
            assertThat(boot.get("status").asText()).isEqualTo("Pending");
            assertThat(boot.get("interval").asInt()).isEqualTo(60);
            assertThatThrownBy(() -> await(cs.call("Heartbeat", json("{}"))))
                    .isInstanceOfSatisfying(CallErrorException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("SecurityError"));
            assertThat(cs.isOpen()).as("Pending must not close the connection").isTrue();

            pending.gateway().stations().setRegistrationStatus("CS-NEW", RegistrationStatus.ACCEPTED);
            JsonNode again = await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':"
                    + "{'model':'M','vendorName':'V'}}")));
            assertThat(again.get("status").asText()).isEqualTo("Accepted");
            await(cs.call("Heartbeat", json("{}")));
            await(cs.close());
        }
    }

    @Test
    void manyStationsBootAtOnceAndEveryBootIsStored() throws Exception {
        List<StationClient> clients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            harness.register("BULK-" + i);
            clients.add(harness.connect("BULK-" + i, i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201));
        }
        List<Future<JsonNode>> boots = new ArrayList<>();
        for (StationClient c : clients) {
            boots.add(c.version() == OcppVersion.V16
                    ? c.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}"))
                    : c.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        }
        await(Future.all(boots));
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.stations WHERE id LIKE 'BULK-%' AND last_boot_at IS NOT NULL"))
                .isEqualTo(40L);
        assertThat(harness.meters().find("ladewerk.db.write.batch.size").summary().count()).isPositive();
        for (StationClient c : clients) {
            await(c.close());
        }
    }
}
