package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.conformance.CommandKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 1.6 remote control from the CSMS (OCA TC_010 … TC_032, TC_054/055): remote start/stop, reset,
 * unlock, trigger. The command goes out through the command service to the simulator's station (or a
 * bare client for answers the simulator does not give); each case checks the recorded command and
 * what the station's reaction did to sessions and connectors in the database.
 */
class RemoteControlV16ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static String session(String station, String column) throws Exception {
        Object v = kit.query("SELECT " + column + " FROM ocpp.sessions WHERE station_id = '" + station
                + "' ORDER BY id DESC LIMIT 1");
        return v == null ? null : v.toString();
    }

    /** Starts a session remotely on connector 1 and returns its transaction id once the CSMS recorded it. */
    private static int remoteStart(String id, String tag) throws Exception {
        kit.sendExpecting(id, "RemoteStartTransaction", "{'connectorId':1,'idTag':'" + tag + "'}", "Accepted");
        kit.eventually("SELECT count(*) = 1 FROM ocpp.sessions WHERE station_id = '" + id + "' AND status = 'ACTIVE'"
                + " AND id_token = '" + tag + "' AND connector_id = 1");
        return Integer.parseInt(session(id, "transaction_id"));
    }

    @Test
    void tc_010_remoteStartCablePluggedInFirst() throws Exception {
        ChargingStation cs = kit.station("CP-TC010", OcppVersion.V16);
        await(cs.plugIn(1, Vehicle.typical()));
        kit.eventually("SELECT protocol_status = 'Preparing' FROM ocpp.connectors WHERE station_id = 'CP-TC010' AND evse_id = 1");

        int tx = remoteStart("CP-TC010", "TAG-010");

        // the session is committed before the station has read the answer that carries its id: wait for it
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Integer.valueOf(tx).equals(await(cs.snapshot(1)).csmsTransactionId()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(await(cs.snapshot(1)).csmsTransactionId()).as("the station runs the CSMS's transaction").isEqualTo(tx);
        kit.eventually("SELECT protocol_status = 'Charging' FROM ocpp.connectors WHERE station_id = 'CP-TC010' AND evse_id = 1");
    }

    @Test
    void tc_011_1_remoteStartRemoteStartFirst() throws Exception {
        ChargingStation cs = kit.station("CP-TC011", OcppVersion.V16);
        assertThat(await(cs.snapshot(1)).vehiclePlugged()).isFalse();

        int tx = remoteStart("CP-TC011", "TAG-011");

        assertThat(await(cs.snapshot(1)).vehiclePlugged()).isTrue();
        assertThat(session("CP-TC011", "meter_start_wh")).isNotNull();
        assertThat(tx).isPositive();
    }

    @Test
    void tc_011_2_remoteStartTimeOut() throws Exception {
        StationClient cp = kit.client("CP-TC011-2", OcppVersion.V16);
        kit.answer(cp, "RemoteStartTransaction", "{'status':'Accepted'}");

        kit.sendExpecting("CP-TC011-2", "RemoteStartTransaction", "{'connectorId':1,'idTag':'TAG-0112'}", "Accepted");
        // no cable within ConnectionTimeOut: Preparing falls back to Available, no transaction is started
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Preparing','timestamp':'"
                + Instant.now().minusSeconds(2) + "'}")));
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Available','timestamp':'"
                + Instant.now() + "'}")));

        assertThat(kit.receivedBy(cp, "RemoteStartTransaction")).isEqualTo(json("{'connectorId':1,'idTag':'TAG-0112'}"));
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC011-2'")).isZero();
        assertThat(kit.query("SELECT status FROM ocpp.connectors WHERE station_id = 'CP-TC011-2' AND connector_id = 1"))
                .isEqualTo("AVAILABLE");
    }

    @Test
    void tc_012_remoteStopChargingSession() throws Exception {
        kit.station("CP-TC012", OcppVersion.V16);
        int tx = remoteStart("CP-TC012", "TAG-012");

        kit.sendExpecting("CP-TC012", "RemoteStopTransaction", "{'transactionId':" + tx + "}", "Accepted");

        kit.eventually("SELECT status = 'ENDED' FROM ocpp.sessions WHERE station_id = 'CP-TC012' AND transaction_id = '" + tx + "'");
        assertThat(session("CP-TC012", "stop_reason")).isEqualTo("Remote");
        assertThat(session("CP-TC012", "meter_stop_wh")).isNotNull();
    }

    @Test
    void tc_013_hardReset() throws Exception {
        resetEndsTheSessionAndTheStationBootsAgain("CP-TC013", "Hard");
    }

    @Test
    void tc_014_softReset() throws Exception {
        resetEndsTheSessionAndTheStationBootsAgain("CP-TC014", "Soft");
    }

    private static void resetEndsTheSessionAndTheStationBootsAgain(String id, String type) throws Exception {
        kit.station(id, OcppVersion.V16);
        remoteStart(id, "TAG-" + type);
        Object bootBefore = kit.query("SELECT last_boot_at FROM ocpp.stations WHERE id = '" + id + "'");

        kit.sendExpecting(id, "Reset", "{'type':'" + type + "'}", "Accepted");

        kit.eventually("SELECT status = 'ENDED' FROM ocpp.sessions WHERE station_id = '" + id + "'");
        assertThat(session(id, "stop_reason")).isEqualTo(type + "Reset");
        kit.eventually("SELECT last_boot_at > '" + bootBefore + "'::timestamptz AND online FROM ocpp.stations WHERE id = '" + id + "'");
    }

    @Test
    void tc_017_1_unlockConnectorNoChargingSession() throws Exception {
        kit.station("CP-TC017", OcppVersion.V16);
        kit.sendExpecting("CP-TC017", "UnlockConnector", "{'connectorId':1}", "Unlocked");
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC017'")).isZero();
    }

    @Test
    void tc_017_2_unlockConnectorFixedCable() throws Exception {
        StationClient cp = kit.client("CP-TC017-2", OcppVersion.V16);
        kit.answer(cp, "UnlockConnector", "{'status':'NotSupported'}");
        kit.sendExpecting("CP-TC017-2", "UnlockConnector", "{'connectorId':1}", "NotSupported");
        assertThat(kit.receivedBy(cp, "UnlockConnector")).isEqualTo(json("{'connectorId':1}"));
    }

    @Test
    void tc_018_1_unlockConnectorWithChargingSession() throws Exception {
        kit.station("CP-TC018", OcppVersion.V16);
        remoteStart("CP-TC018", "TAG-018");

        kit.sendExpecting("CP-TC018", "UnlockConnector", "{'connectorId':1}", "Unlocked");

        // the station ends the transaction first (StopTransaction reason UnlockCommand)
        kit.eventually("SELECT status = 'ENDED' FROM ocpp.sessions WHERE station_id = 'CP-TC018'");
        assertThat(session("CP-TC018", "stop_reason")).isEqualTo("UnlockCommand");
    }

    @Test
    void tc_024_startChargingSessionLockFailure() throws Exception {
        StationClient cp = kit.client("CP-TC024", OcppVersion.V16);
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'ConnectorLockFailure','status':'Faulted',"
                + "'timestamp':'" + Instant.now() + "'}")));
        assertThat(kit.query("SELECT status || '/' || error_code FROM ocpp.connectors WHERE station_id = 'CP-TC024' "
                + "AND connector_id = 1")).isEqualTo("FAULTED/ConnectorLockFailure");
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC024'")).isZero();
    }

    @Test
    void tc_026_remoteStartRejected() throws Exception {
        StationClient cp = kit.client("CP-TC026", OcppVersion.V16);
        kit.answer(cp, "RemoteStartTransaction", "{'status':'Rejected'}");
        CommandResult r = kit.sendExpecting("CP-TC026", "RemoteStartTransaction", "{'connectorId':1,'idTag':'TAG-026'}",
                "Rejected");
        assertThat(r.accepted()).isFalse();
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC026'")).isZero();
    }

    @Test
    void tc_028_remoteStopTransactionRejected() throws Exception {
        kit.station("CP-TC028", OcppVersion.V16);
        int tx = remoteStart("CP-TC028", "TAG-028");

        kit.sendExpecting("CP-TC028", "RemoteStopTransaction", "{'transactionId':" + (tx + 1000) + "}", "Rejected");

        assertThat(session("CP-TC028", "status")).as("the running session is untouched").isEqualTo("ACTIVE");
    }

    @Test
    void tc_030_unlockConnectorUnlockFailure() throws Exception {
        StationClient cp = kit.client("CP-TC030", OcppVersion.V16);
        kit.answer(cp, "UnlockConnector", "{'status':'UnlockFailed'}");
        kit.sendExpecting("CP-TC030", "UnlockConnector", "{'connectorId':1}", "UnlockFailed");
    }

    @Test
    void tc_031_unlockConnectorUnknownConnector() throws Exception {
        kit.station("CP-TC031", OcppVersion.V16);
        kit.sendExpecting("CP-TC031", "UnlockConnector", "{'connectorId':9}", "NotSupported");
    }

    @Test
    void tc_032_1_powerFailureBootStopsTheTransaction() throws Exception {
        StationClient cp = kit.client("CP-TC032", OcppVersion.V16);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        int tx = await(cp.call("StartTransaction", json("{'connectorId':1,'idTag':'TAG-032','meterStart':100,"
                + "'timestamp':'" + t0 + "'}"))).get("transactionId").asInt();
        // power is back: the station boots and stops what ran before (StopTransactionOnPowerLoss-style)
        assertThat(await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")))
                .get("status").asText()).isEqualTo("Accepted");
        await(cp.call("StopTransaction", json("{'transactionId':" + tx + ",'meterStop':900,'timestamp':'"
                + t0.plusSeconds(300) + "','reason':'PowerLoss'}")));

        assertThat(session("CP-TC032", "status")).isEqualTo("ENDED");
        assertThat(session("CP-TC032", "stop_reason")).isEqualTo("PowerLoss");
        assertThat(Double.parseDouble(session("CP-TC032", "meter_stop_wh"))).isEqualTo(900.0);
    }

    @Test
    void tc_054_triggerMessage() throws Exception {
        kit.station("CP-TC054", OcppVersion.V16);
        assertThat(kit.query("SELECT last_heartbeat_at FROM ocpp.stations WHERE id = 'CP-TC054'"))
                .as("heartbeat interval is 300 s: none yet").isNull();

        kit.sendExpecting("CP-TC054", "TriggerMessage", "{'requestedMessage':'Heartbeat'}", "Accepted");

        kit.eventually("SELECT last_heartbeat_at IS NOT NULL FROM ocpp.stations WHERE id = 'CP-TC054'");
    }

    @Test
    void tc_055_triggerMessageRejected() throws Exception {
        kit.station("CP-TC055", OcppVersion.V16);
        kit.sendExpecting("CP-TC055", "TriggerMessage", "{'requestedMessage':'StatusNotification','connectorId':9}",
                "Rejected");
    }
}
