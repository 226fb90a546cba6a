package de.ladewerk.gateway.smartcharging;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.customer.CustomerInformation;
import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.display.DisplayMessage;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 2.0.1 smart-charging messages, customer information and display messages over a real station. */
class StationReportsIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }


    private static StationReports reports() {
        return harness.gateway().reports();
    }

    private static StationClient connected(String id) {
        harness.register(id);
        return harness.connect(id, OcppVersion.V201);
    }

    @Test
    void tc_k_53_evChargingNeedsAnsweredByATxProfileWithinTheEvsesLimits() throws Exception {
        StationClient cs = connected("SC-NEEDS");
        // the EVSE is rated 11 kW; the EV could take 32 A on three phases (22 kW) and wants 30 kWh in 2 h
        await(cs.call("NotifyReport", json("{'requestId':1,'seqNo':0,'generatedAt':'2026-11-21T10:00:00Z','reportData':"
                + "[{'component':{'name':'EVSE','evse':{'id':1}},'variable':{'name':'Power'},'variableAttribute':"
                + "[{'value':'0'}],'variableCharacteristics':{'dataType':'decimal','maxLimit':11000,"
                + "'supportsMonitoring':true}}]}")));
        reports().chargingNeeds().useTransactions((station, evse) ->
                Future.succeededFuture(Optional.of("TX-" + station + "-" + evse)));
        Promise<JsonNode> profile = Promise.promise();
        cs.onCall("SetChargingProfile", call -> {
            profile.tryComplete(call.payload());
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });
        String departure = java.time.Instant.now().plusSeconds(7200).toString();
        JsonNode answer = await(cs.call("NotifyEVChargingNeeds", json("{'evseId':1,'chargingNeeds':{"
                + "'requestedEnergyTransfer':'AC_three_phase','departureTime':'" + departure + "','acChargingParameters':"
                + "{'energyAmount':30000,'evMinCurrent':6,'evMaxCurrent':32,'evMaxVoltage':400}}}")));
        assertThat(answer.get("status").asText()).isEqualTo("Accepted");

        JsonNode sent = profile.future().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        JsonNode p = sent.get("chargingProfile");
        assertThat(sent.get("evseId").asInt()).isEqualTo(1);
        assertThat(p.get("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(p.get("transactionId").asText()).isEqualTo("TX-SC-NEEDS-1");
        JsonNode schedule = p.get("chargingSchedule").get(0);
        assertThat(schedule.get("chargingRateUnit").asText()).isEqualTo("A");
        double limit = schedule.get("chargingSchedulePeriod").get(0).get("limit").asDouble();
        // 11 kW / (3 × 230 V) = 15.9 A: the EVSE's rating caps the EV's 32 A, and 30 kWh in 2 h cannot be reached
        assertThat(limit).isEqualTo(15.9);

        Object status = poll("SELECT profile_status FROM ocpp.ev_charging_needs WHERE station_id = 'SC-NEEDS'");
        assertThat(status).isEqualTo("Accepted");
        // the accepted profile and the needs' status are two writes: wait for the profile as well
        List<ReportedProfile> stored = List.of();
        for (long deadline = System.currentTimeMillis() + 10_000; stored.isEmpty() && System.currentTimeMillis() < deadline; ) {
            stored = await(harness.vertx().executeBlocking(() -> reports().chargingProfiles().profiles("SC-NEEDS")));
            if (stored.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(stored).extracting(ReportedProfile::purpose, ReportedProfile::evseId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TxProfile", 1));
        reports().chargingNeeds().useTransactions(TransactionLookup.NONE);
        await(cs.close());
    }

    @Test
    void tc_k_48_externalLimitSetThenReleased_andReportedProfilesLimitTheNextPlan() throws Exception {
        StationClient cs = connected("SC-LIMIT");
        await(cs.call("NotifyChargingLimit", json("{'evseId':1,'chargingLimit':{'chargingLimitSource':'EMS',"
                + "'isGridCritical':true},'chargingSchedule':[{'id':1,'chargingRateUnit':'A','chargingSchedulePeriod':"
                + "[{'startPeriod':0,'limit':10}]}]}")));
        StationLimit limited = await(harness.vertx().executeBlocking(() -> reports().chargingProfiles().limitFor("SC-LIMIT", 1)));
        assertThat(limited.maxCurrent()).isEqualTo(10.0);

        await(cs.call("ClearedChargingLimit", json("{'chargingLimitSource':'EMS','evseId':1}")));
        assertThat(harness.queryValue("SELECT cleared_at IS NOT NULL FROM ocpp.charging_limits WHERE station_id = 'SC-LIMIT'"))
                .isEqualTo(true);
        StationLimit released = await(harness.vertx().executeBlocking(() -> reports().chargingProfiles().limitFor("SC-LIMIT", 1)));
        assertThat(released.maxCurrent()).isNull();

        await(cs.call("ReportChargingProfiles", json("{'requestId':5,'chargingLimitSource':'CSO','evseId':0,'tbc':false,"
                + "'chargingProfile':[{'id':77,'stackLevel':0,'chargingProfilePurpose':'ChargingStationMaxProfile',"
                + "'chargingProfileKind':'Absolute','chargingSchedule':[{'id':1,'chargingRateUnit':'W',"
                + "'startSchedule':'2026-11-21T00:00:00Z','chargingSchedulePeriod':[{'startPeriod':0,'limit':7400},"
                + "{'startPeriod':3600,'limit':5000}]}]}]}")));
        List<ReportedProfile> stored = await(harness.vertx().executeBlocking(() -> reports().chargingProfiles().profiles("SC-LIMIT")));
        assertThat(stored).extracting(ReportedProfile::profileId, ReportedProfile::requestId, ReportedProfile::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(77, 5, "CSO"));
        StationLimit max = await(harness.vertx().executeBlocking(() -> reports().chargingProfiles().limitFor("SC-LIMIT", 1)));
        assertThat(max.maxPower()).isEqualTo(5000.0); // station-wide max profile applies to every EVSE, lowest period
        await(cs.close());
    }

    @Test
    void tc_k_57_evChargingScheduleStoredAndAccepted() {
        StationClient cs = connected("SC-EVSCHED");
        JsonNode answer = await(cs.call("NotifyEVChargingSchedule", json("{'timeBase':'2026-11-21T10:00:00Z','evseId':1,"
                + "'chargingSchedule':{'id':3,'chargingRateUnit':'W','chargingSchedulePeriod':[{'startPeriod':0,'limit':7000}]}}")));
        assertThat(answer.get("status").asText()).isEqualTo("Accepted");
        await(cs.close());
    }

    @Test
    void tc_n_27_customerInformationAssembledFromParts() throws Exception {
        StationClient cs = connected("SC-CUST");
        await(cs.call("NotifyCustomerInformation", json("{'data':'part two','tbc':false,'seqNo':1,"
                + "'generatedAt':'2026-11-21T10:00:01Z','requestId':9}")));
        CustomerInformation half = await(harness.vertx().executeBlocking(() ->
                reports().customerInformation().assembled("SC-CUST", 9).orElseThrow()));
        assertThat(half.complete()).isFalse(); // part 0 is missing
        await(cs.call("NotifyCustomerInformation", json("{'data':'part one, ','tbc':true,'seqNo':0,"
                + "'generatedAt':'2026-11-21T10:00:00Z','requestId':9}")));
        CustomerInformation whole = await(harness.vertx().executeBlocking(() ->
                reports().customerInformation().assembled("SC-CUST", 9).orElseThrow()));
        assertThat(whole.complete()).isTrue();
        assertThat(whole.data()).isEqualTo("part one, part two");
        await(cs.close());
    }

    @Test
    void tc_o_02_displayMessagesStored() {
        StationClient cs = connected("SC-DISPLAY");
        await(cs.call("NotifyDisplayMessages", json("{'requestId':4,'tbc':false,'messageInfo':[{'id':1,'priority':'AlwaysFront',"
                + "'state':'Idle','message':{'format':'UTF8','language':'de','content':'Willkommen'}},{'id':2,"
                + "'priority':'NormalCycle','message':{'format':'ASCII','content':'Tarif 0,39 EUR/kWh'}}]}")));
        await(cs.call("NotifyDisplayMessages", json("{'requestId':5,'messageInfo':[{'id':1,'priority':'InFront',"
                + "'message':{'format':'UTF8','content':'Neu'}}]}")));
        List<DisplayMessage> messages = await(harness.vertx().executeBlocking(() ->
                reports().displayMessages().messages("SC-DISPLAY")));
        assertThat(messages).extracting(DisplayMessage::id, DisplayMessage::content, DisplayMessage::priority).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Neu", "InFront"),
                org.assertj.core.groups.Tuple.tuple(2, "Tarif 0,39 EUR/kWh", "NormalCycle"));
        await(cs.close());
    }

    private static Object poll(String sql) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object value = harness.queryValue(sql);
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no value for " + sql + " within 20 s");
    }
}
