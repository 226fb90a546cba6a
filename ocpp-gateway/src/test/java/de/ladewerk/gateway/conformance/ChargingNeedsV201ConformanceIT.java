package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 2.0.1 ISO 15118 charging needs and schedule renegotiation (OCA TC_K_55, TC_K_57, TC_K_58, TC_K_59)
 * with a bare station: NotifyEVChargingNeeds that names only the energy transfer mode (no
 * acChargingParameters, which the schema makes optional) is Accepted and followed by a TxProfile for the
 * running transaction; an EV schedule within that profile is Accepted, one above it Rejected and
 * followed by a new TxProfile.
 */
class ChargingNeedsV201ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    /** A station whose TxProfiles land in {@code profiles}; State Authorized + EVConnectedPreSession with a transaction. */
    private static StationClient authorized(String id, String tx, BlockingQueue<JsonNode> profiles) {
        StationClient cs = kit.client(id, OcppVersion.V201);
        cs.onCall("SetChargingProfile", call -> {
            profiles.add(call.payload());
            return Future.succeededFuture(CommandKit.json("{'status':'Accepted'}"));
        });
        await(cs.call("TransactionEvent", CommandKit.json("{'eventType':'Started','timestamp':'" + now()
                + "','triggerReason':'Authorized','seqNo':0,'transactionInfo':{'transactionId':'" + tx
                + "','chargingState':'EVConnected'},'evse':{'id':1,'connectorId':1},"
                + "'idToken':{'idToken':'TOKEN-" + id + "','type':'ISO14443'}}")));
        return cs;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static JsonNode needs(StationClient cs) {
        return await(cs.call("NotifyEVChargingNeeds", CommandKit.json(
                "{'evseId':1,'maxScheduleTuples':10,'chargingNeeds':{'requestedEnergyTransfer':'AC_three_phase'}}")));
    }

    /** The next TxProfile the CSMS sends, checked as the test tool does (evseId, purpose, transactionId). */
    private static JsonNode nextTxProfile(BlockingQueue<JsonNode> profiles, String tx) throws InterruptedException {
        JsonNode sent = profiles.poll(30, TimeUnit.SECONDS);
        assertThat(sent).as("a SetChargingProfile within 30 s").isNotNull();
        assertThat(sent.get("evseId").asInt()).isEqualTo(1);
        JsonNode p = sent.get("chargingProfile");
        assertThat(p.get("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(p.get("transactionId").asText()).isEqualTo(tx);
        return p.get("chargingSchedule").get(0);
    }

    /** NotifyEVChargingSchedule with {@code schedule}, its limits multiplied by {@code factor}; the CSMS's status. */
    private static String evSchedule(StationClient cs, JsonNode schedule, double factor) {
        ObjectNode s = schedule.deepCopy();
        s.withArray("chargingSchedulePeriod").forEach(p -> ((ObjectNode) p).put("limit", p.get("limit").asDouble() * factor));
        ObjectNode request = CommandKit.json("{'evseId':1,'timeBase':'" + now() + "'}").deepCopy();
        request.set("chargingSchedule", s);
        return await(cs.call("NotifyEVChargingSchedule", request)).get("status").asText();
    }

    private static void charging(StationClient cs, String tx) {
        await(cs.call("TransactionEvent", CommandKit.json("{'eventType':'Updated','timestamp':'" + now()
                + "','triggerReason':'ChargingStateChanged','seqNo':1,'transactionInfo':{'transactionId':'" + tx
                + "','chargingState':'Charging'},'evse':{'id':1,'connectorId':1}}")));
    }

    /** Reusable state ISO15118SmartCharging: needs, profile, the EV's schedule within it, charging. */
    private static void iso15118SmartCharging(StationClient cs, String tx, BlockingQueue<JsonNode> profiles) throws Exception {
        assertThat(needs(cs).get("status").asText()).isEqualTo("Accepted");
        assertThat(evSchedule(cs, nextTxProfile(profiles, tx), 1)).isEqualTo("Accepted");
        charging(cs, tx);
    }

    @Test
    void tc_k_55_evChargingScheduleAboveTheProfileIsRejectedAndRenegotiated() throws Exception {
        BlockingQueue<JsonNode> profiles = new LinkedBlockingQueue<>();
        StationClient cs = authorized("CS-K55", "TX-K55", profiles);
        assertThat(needs(cs).get("status").asText()).isEqualTo("Accepted");
        JsonNode first = nextTxProfile(profiles, "TX-K55");
        assertThat(first.get("chargingRateUnit").asText()).isEqualTo("A");

        assertThat(evSchedule(cs, first, 2)).as("twice the profile's limit").isEqualTo("Rejected");
        charging(cs, "TX-K55");
        JsonNode second = nextTxProfile(profiles, "TX-K55");
        assertThat(evSchedule(cs, second, 1)).isEqualTo("Accepted");
        assertThat(kit.count("SELECT count(*) FROM ocpp.ev_charging_schedules WHERE station_id = 'CS-K55'")).isEqualTo(2);
    }

    @Test
    void tc_k_57_renegotiationInitiatedByTheEv() throws Exception {
        BlockingQueue<JsonNode> profiles = new LinkedBlockingQueue<>();
        StationClient cs = authorized("CS-K57", "TX-K57", profiles);
        iso15118SmartCharging(cs, "TX-K57", profiles);

        assertThat(needs(cs).get("status").asText()).isEqualTo("Accepted");
        assertThat(evSchedule(cs, nextTxProfile(profiles, "TX-K57"), 1)).isEqualTo("Accepted");
    }

    @Test
    void tc_k_58_renegotiationInitiatedByTheCsms() throws Exception {
        BlockingQueue<JsonNode> profiles = new LinkedBlockingQueue<>();
        StationClient cs = authorized("CS-K58", "TX-K58", profiles);
        iso15118SmartCharging(cs, "TX-K58", profiles);

        kit.sendExpecting("CS-K58", "SetChargingProfile", "{'evseId':1,'chargingProfile':{'id':58,'stackLevel':1,"
                + "'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','transactionId':'TX-K58',"
                + "'chargingSchedule':[{'id':1,'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,"
                + "'limit':10.0}]}]}}", "Accepted");
        JsonNode schedule = nextTxProfile(profiles, "TX-K58");
        assertThat(evSchedule(cs, schedule, 1)).isEqualTo("Accepted");
        // the operator's profile is what the next EV schedule is checked against
        assertThat(evSchedule(cs, schedule, 1.5)).isEqualTo("Rejected");
        kit.eventually("SELECT count(*) = 1 FROM ocpp.charging_profiles WHERE station_id = 'CS-K58' AND profile_id = 58");
    }

    @Test
    void tc_k_59_evResendsItsNeedsAfterACsmsRenegotiation() throws Exception {
        BlockingQueue<JsonNode> profiles = new LinkedBlockingQueue<>();
        StationClient cs = authorized("CS-K59", "TX-K59", profiles);
        iso15118SmartCharging(cs, "TX-K59", profiles);

        kit.sendExpecting("CS-K59", "SetChargingProfile", "{'evseId':1,'chargingProfile':{'id':2,'stackLevel':0,"
                + "'chargingProfilePurpose':'TxProfile','chargingProfileKind':'Relative','transactionId':'TX-K59',"
                + "'chargingSchedule':[{'id':1,'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,"
                + "'limit':10.0}]}]}}", "Accepted");
        nextTxProfile(profiles, "TX-K59");
        assertThat(needs(cs).get("status").asText()).isEqualTo("Accepted");
        assertThat(evSchedule(cs, nextTxProfile(profiles, "TX-K59"), 1)).isEqualTo("Accepted");
    }
}
