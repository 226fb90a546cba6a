package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.conformance.SessionTestKit.json;
import static de.ladewerk.gateway.conformance.SessionTestKit.minutesAgo;
import static de.ladewerk.gateway.conformance.SessionTestKit.startTx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 1.6 cases where the station chooses the course of the session (OCA TC_004_1, TC_004_2, TC_005_1,
 * TC_007, TC_037_1): identification before plug-in, a connection time-out, an EV-side disconnect, a
 * start on a cached id, a start while offline. The CSMS must answer each message with the right
 * idTagInfo and record connector states, the session and its stop reason as the station told them.
 */
class StationSideV16ConformanceIT {

    private static SessionTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new SessionTestKit(null);
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static StationClient station(String id) {
        kit.harness.register(id);
        StationClient cp = kit.harness.connect(id, OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        return cp;
    }

    private static void status(StationClient cp, int connector, String status, Instant at) {
        assertThat(await(cp.call("StatusNotification", json("{'connectorId':" + connector + ",'errorCode':'NoError',"
                + "'status':'" + status + "','timestamp':'" + at + "'}")))).isEqualTo(json("{}"));
    }

    private static String connector(String station, int connector) throws Exception {
        return (String) kit.query("SELECT protocol_status FROM ocpp.connectors WHERE station_id = '" + station
                + "' AND evse_id = " + connector);
    }

    private static JsonNode stopTx(StationClient cp, int tx, String tag, int meterStop, Instant at, String reason) {
        return await(cp.call("StopTransaction", json("{'transactionId':" + tx + (tag == null ? "" : ",'idTag':'" + tag + "'")
                + ",'meterStop':" + meterStop + ",'timestamp':'" + at + "','reason':'" + reason + "'}")));
    }

    private static void storeToken(String value) {
        kit.harness.gateway().operator().tokens().create(TokenRecord.accepted(new IdToken(value, IdTokenType.ISO14443)));
    }

    @Test
    void tc_004_1_regularChargingSessionIdentificationFirst() throws Exception {
        StationClient cp = station("CP-TC004-1");
        storeToken("TAG-004");
        Instant t0 = minutesAgo(20);
        JsonNode auth = await(cp.call("Authorize", json("{'idTag':'TAG-004'}")));
        assertThat(auth.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        status(cp, 1, "Preparing", t0);
        assertThat(connector("CP-TC004-1", 1)).isEqualTo("Preparing");
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC004-1'"))
                .as("identification alone starts no session").isZero();

        JsonNode started = startTx(cp, 1, "TAG-004", 2000, t0.plusSeconds(20));
        status(cp, 1, "Charging", t0.plusSeconds(21));
        int tx = started.get("transactionId").asInt();
        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(connector("CP-TC004-1", 1)).isEqualTo("Charging");

        assertThat(stopTx(cp, tx, "TAG-004", 4500, t0.plusSeconds(600), "Local").at("/idTagInfo/status").asText())
                .isEqualTo("Accepted");
        status(cp, 1, "Finishing", t0.plusSeconds(601));
        status(cp, 1, "Available", t0.plusSeconds(660));
        assertThat(kit.query("SELECT status || '/' || stop_reason || '/' || (meter_stop_wh - meter_start_wh)::int || '/' "
                + "|| stop_id_token FROM ocpp.sessions WHERE station_id = 'CP-TC004-1'")).isEqualTo("ENDED/Local/2500/TAG-004");
        assertThat(connector("CP-TC004-1", 1)).isEqualTo("Available");
        await(cp.close());
    }

    @Test
    void tc_004_2_identificationFirstConnectionTimeOut() throws Exception {
        StationClient cp = station("CP-TC004-2");
        storeToken("TAG-004-2");
        assertThat(await(cp.call("Authorize", json("{'idTag':'TAG-004-2'}"))).at("/idTagInfo/status").asText())
                .isEqualTo("Accepted");
        Instant t0 = minutesAgo(5);
        status(cp, 1, "Preparing", t0);
        // no cable within ConnectionTimeOut: the station goes back to Available without a transaction
        status(cp, 1, "Available", t0.plusSeconds(30));
        assertThat(connector("CP-TC004-2", 1)).isEqualTo("Available");
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC004-2'")).isZero();
        await(cp.close());
    }

    @Test
    void tc_005_1_evSideDisconnectedStopsTheTransaction() throws Exception {
        StationClient cp = station("CP-TC005");
        Instant t0 = minutesAgo(30);
        status(cp, 2, "Preparing", t0);
        int tx = startTx(cp, 2, "TAG-005", 0, t0.plusSeconds(5)).get("transactionId").asInt();
        status(cp, 2, "Charging", t0.plusSeconds(6));
        // StopTransactionOnEVSideDisconnect = true: the EV unplugs, the station stops at once
        JsonNode stopped = stopTx(cp, tx, null, 7300, t0.plusSeconds(900), "EVDisconnected");
        status(cp, 2, "Finishing", t0.plusSeconds(901));
        status(cp, 2, "Available", t0.plusSeconds(902));

        assertThat(stopped.has("idTagInfo")).as("no idTag sent: nothing to tell about it").isFalse();
        assertThat(kit.query("SELECT status || '/' || stop_reason || '/' || meter_stop_wh::int || '/' || "
                + "coalesce(stop_id_token, '-') FROM ocpp.sessions WHERE station_id = 'CP-TC005'"))
                .isEqualTo("ENDED/EVDisconnected/7300/-");
        assertThat(kit.query("SELECT ended_at = '" + t0.plusSeconds(900) + "'::timestamptz FROM ocpp.sessions "
                + "WHERE station_id = 'CP-TC005'")).isEqualTo(true);
        await(cp.close());
    }

    @Test
    void tc_007_regularStartChargingSessionCachedId() throws Exception {
        StationClient cp = station("CP-TC007");
        Instant t0 = minutesAgo(15);
        // the id is in the station's cache: it starts without Authorize; the CSMS answers with the current status
        status(cp, 1, "Preparing", t0);
        JsonNode started = startTx(cp, 1, "TAG-007", 100, t0.plusSeconds(2));
        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(kit.query("SELECT auth_status || '/' || id_token FROM ocpp.sessions WHERE station_id = 'CP-TC007'"))
                .isEqualTo("ACCEPTED/TAG-007");
        // a cached id that has been blocked since: the transaction still gets an id, the answer says Blocked
        JsonNode blocked = startTx(cp, 2, "BLOCKED-007", 100, t0.plusSeconds(3));
        assertThat(blocked.at("/idTagInfo/status").asText()).isEqualTo("Blocked");
        assertThat(blocked.get("transactionId").asInt()).isPositive().isNotEqualTo(started.get("transactionId").asInt());
        assertThat(kit.query("SELECT auth_status FROM ocpp.sessions WHERE station_id = 'CP-TC007' AND id_token = 'BLOCKED-007'"))
                .isEqualTo("BLOCKED");
        // StopTransactionOnInvalidId: the station stops it, reason DeAuthorized
        stopTx(cp, blocked.get("transactionId").asInt(), "BLOCKED-007", 100, t0.plusSeconds(4), "DeAuthorized");
        assertThat(kit.query("SELECT status || '/' || stop_reason FROM ocpp.sessions WHERE station_id = 'CP-TC007' "
                + "AND id_token = 'BLOCKED-007'")).isEqualTo("ENDED/DeAuthorized");
        await(cp.close());
    }

    @Test
    void tc_037_1_offlineStartTransactionValidIdTag() throws Exception {
        StationClient cp = station("CP-TC037-1");
        Instant t0 = minutesAgo(45);
        // started while offline: after reconnecting the station sends its queue with the times it happened
        await(cp.close());
        StationClient again = station("CP-TC037-1");
        status(again, 1, "Charging", Instant.now().minusSeconds(1));
        JsonNode started = startTx(again, 1, "TAG-037", 5000, t0);
        int tx = started.get("transactionId").asInt();
        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        await(again.call("MeterValues", json("{'connectorId':1,'transactionId':" + tx + ",'meterValue':[{'timestamp':'"
                + t0.plusSeconds(600) + "','sampledValue':[{'value':'6000','context':'Sample.Periodic'}]}]}")));

        assertThat(kit.query("SELECT started_at = '" + t0 + "'::timestamptz AND status = 'ACTIVE' FROM ocpp.sessions "
                + "WHERE station_id = 'CP-TC037-1'")).as("the session starts when the station started it").isEqualTo(true);
        assertThat(kit.query("SELECT last_energy_wh::int FROM ocpp.sessions WHERE station_id = 'CP-TC037-1'")).isEqualTo(6000);
        assertThat(stopTx(again, tx, "TAG-037", 6500, t0.plusSeconds(900), "Local").at("/idTagInfo/status").asText())
                .isEqualTo("Accepted");
        assertThat(kit.query("SELECT (meter_stop_wh - meter_start_wh)::int FROM ocpp.sessions WHERE station_id = 'CP-TC037-1'"))
                .isEqualTo(1500);
        await(again.close());
    }
}
