package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.conformance.SessionTestKit.json;
import static de.ladewerk.gateway.conformance.SessionTestKit.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 2.0.1 start and stop transaction options (OCA TC_E_01 … E_39), cache and master-pass
 * authorization seen in transactions (TC_C_08, C_20, C_47 … C_49), offline replay, and meter values by
 * event type (TC_J_02 … J_10). The station chooses when a transaction starts and ends (TxStartPoint,
 * TxStopPoint); the CSMS must answer each TransactionEvent (idTokenInfo where a token came) and keep
 * the trigger and stopped reasons, the offline flag and the meter values as sent.
 */
class TransactionOptionsV201ConformanceIT {

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
        return kit.harness.connect(id, OcppVersion.V201);
    }

    private static JsonNode event(StationClient cs, String type, String tx, int seqNo, Instant at, String trigger,
                                  String txInfo, String extra) {
        return await(cs.call("TransactionEvent", json("{'eventType':'" + type + "','timestamp':'" + at + "',"
                + "'triggerReason':'" + trigger + "','seqNo':" + seqNo + ",'transactionInfo':{'transactionId':'" + tx + "'"
                + txInfo + "}" + extra + "}")));
    }

    @Test
    void tc_e_startAndStopOptionsKeepTheirReasons() throws Exception {
        // case, start trigger, stop trigger, stopped reason
        String[][] cases = {
            {"E01", "ChargingStateChanged", "StopAuthorized", "Local"},          // PowerPathClosed
            {"E02", "ChargingStateChanged", "ChargingStateChanged", "Local"},    // EnergyTransfer
            {"E03", "CablePluggedIn", "EVDeparted", "EVDisconnected"},
            {"E07", "ChargingStateChanged", "StopAuthorized", "Local"},
            {"E08", "ChargingStateChanged", "StopAuthorized", "Local"},
            {"E09", "EVDetected", "EVDeparted", "EVDisconnected"},
            {"E10", "Authorized", "StopAuthorized", "Local"},
            {"E11", "SignedDataReceived", "SignedDataReceived", "Local"},
            {"E12", "EVDetected", "EVDeparted", "EVDisconnected"},               // ParkingBayOccupied / E19
            {"E14", "CablePluggedIn", "EVDeparted", "EVDisconnected"},
            {"E16", "Authorized", "Deauthorized", "DeAuthorized"},
            {"E17", "CablePluggedIn", "EVCommunicationLost", "EVDisconnected"},
            {"E20", "CablePluggedIn", "EVCommunicationLost", "EVDisconnected"},
            {"E22", "ChargingStateChanged", "ChargingStateChanged", "StoppedByEV"},
            {"E39", "Authorized", "EVConnectTimeout", "Timeout"},
        };
        StationClient cs = station("CS-EOPT");
        Instant t0 = minutesAgo(60);
        for (String[] c : cases) {
            String tx = "tx-" + c[0];
            String token = c[1].equals("Authorized") ? ",'idToken':{'idToken':'TOK-" + c[0] + "','type':'ISO14443'}" : "";
            JsonNode started = event(cs, "Started", tx, 0, t0, c[1], "", ",'evse':{'id':1,'connectorId':1}" + token);
            assertThat(started.has("idTokenInfo")).as("%s: idTokenInfo exactly when a token came", c[0])
                    .isEqualTo(!token.isEmpty());
            event(cs, "Ended", tx, 1, t0.plusSeconds(60), c[2], ",'stoppedReason':'" + c[3] + "'", "");
            assertThat(kit.query("SELECT status || '/' || stop_reason FROM ocpp.sessions WHERE station_id = 'CS-EOPT' "
                    + "AND transaction_id = '" + tx + "'")).as(c[0]).isEqualTo("ENDED/" + c[3]);
            assertThat(kit.query("SELECT string_agg(trigger_reason, ',' ORDER BY seq_no) FROM ocpp.transaction_events "
                    + "WHERE station_id = 'CS-EOPT' AND transaction_id = '" + tx + "'")).as(c[0]).isEqualTo(c[1] + "," + c[2]);
            t0 = t0.plusSeconds(120);
        }
        await(cs.close());
    }

    @Test
    void tc_c_08_cacheAccepted_c_20_cacheInvalid_c_47_masterPass() throws Exception {
        StationClient cs = station("CS-C08");
        Instant t0 = minutesAgo(30);
        // C_08: authorized from the station's cache, the CSMS confirms
        JsonNode cached = event(cs, "Started", "tx-c08", 0, t0, "Authorized", "",
                ",'evse':{'id':1,'connectorId':1},'idToken':{'idToken':'CACHED-1','type':'ISO14443'}");
        assertThat(cached.at("/idTokenInfo/status").asText()).isEqualTo("Accepted");
        // C_20: the cache said yes, the CSMS says Invalid; the station deauthorizes
        JsonNode invalid = event(cs, "Started", "tx-c20", 0, t0, "Authorized", "",
                ",'evse':{'id':2,'connectorId':1},'idToken':{'idToken':'UNKNOWN-C20','type':'ISO14443'}");
        assertThat(invalid.at("/idTokenInfo/status").asText()).isEqualTo("Invalid");
        event(cs, "Ended", "tx-c20", 1, t0.plusSeconds(5), "Deauthorized", ",'stoppedReason':'DeAuthorized'", "");
        assertThat(kit.query("SELECT auth_status || '/' || stop_reason FROM ocpp.sessions WHERE station_id = 'CS-C08' "
                + "AND transaction_id = 'tx-c20'")).isEqualTo("INVALID/DeAuthorized");
        // C_47 … C_49: a master pass stops the running transaction
        event(cs, "Ended", "tx-c08", 1, t0.plusSeconds(600), "StopAuthorized", ",'stoppedReason':'MasterPass'",
                ",'idToken':{'idToken':'MASTER-1','type':'ISO14443'}");
        assertThat(kit.query("SELECT status || '/' || stop_reason FROM ocpp.sessions WHERE station_id = 'CS-C08' "
                + "AND transaction_id = 'tx-c08'")).isEqualTo("ENDED/MasterPass");
        await(cs.close());
    }

    @Test
    void offlineReplay_andTc_j_meterValuesByEventType() throws Exception {
        StationClient cs = station("CS-JOFF");
        Instant t0 = minutesAgo(50);
        String begin = ",'meterValue':[{'timestamp':'" + t0 + "','sampledValue':[{'value':1000,'context':'Transaction.Begin'}]}]";
        event(cs, "Started", "tx-j", 0, t0, "CablePluggedIn", "", ",'evse':{'id':1,'connectorId':1},'offline':true" + begin);
        event(cs, "Updated", "tx-j", 1, t0.plusSeconds(60), "MeterValuePeriodic", "", ",'offline':true,'meterValue':[{"
                + "'timestamp':'" + t0.plusSeconds(60) + "','sampledValue':[{'value':1500,'context':'Sample.Periodic'}]}]");
        event(cs, "Updated", "tx-j", 2, t0.plusSeconds(900), "MeterValueClock", "", ",'meterValue':[{"
                + "'timestamp':'" + t0.plusSeconds(900) + "','sampledValue':[{'value':2500,'context':'Sample.Clock'}]}]");
        event(cs, "Ended", "tx-j", 3, t0.plusSeconds(1200), "EVDeparted", ",'stoppedReason':'EVDisconnected'",
                ",'meterValue':[{'timestamp':'" + t0.plusSeconds(1200) + "','sampledValue':[{'value':3000,"
                        + "'context':'Transaction.End'}]}]");

        assertThat(kit.query("SELECT string_agg(seq_no || ':' || offline, ',' ORDER BY seq_no) FROM ocpp.transaction_events "
                + "WHERE station_id = 'CS-JOFF'")).isEqualTo("0:true,1:true,2:false,3:false");
        assertThat(kit.query("SELECT offline FROM ocpp.sessions WHERE station_id = 'CS-JOFF'")).isEqualTo(true);
        assertThat(kit.query("SELECT string_agg(context || '=' || value::int, ',' ORDER BY time) FROM ocpp.meter_samples "
                + "WHERE station_id = 'CS-JOFF'")).isEqualTo("Transaction.Begin=1000,Sample.Periodic=1500,"
                + "Sample.Clock=2500,Transaction.End=3000");
        assertThat(kit.query("SELECT (meter_stop_wh - meter_start_wh)::int FROM ocpp.sessions WHERE station_id = 'CS-JOFF'"))
                .isEqualTo(2000);
        await(cs.close());
    }
}
