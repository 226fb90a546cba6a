package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.conformance.SessionTestKit.eventually;
import static de.ladewerk.gateway.conformance.SessionTestKit.json;
import static de.ladewerk.gateway.conformance.SessionTestKit.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.session.SessionQueries;
import de.ladewerk.gateway.session.SessionRecord;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OCPP 2.0.1 TransactionEvent and MeterValues against a real gateway and database (OCA TC_E_*, TC_J_*). */
class TransactionEventV201ConformanceIT {

    private static SessionTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new SessionTestKit(new BigDecimal("0.40"));
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static StationClient station(String id) {
        kit.harness.register(id);
        return kit.harness.connect(id, OcppVersion.V201);
    }

    static String event(String type, String tx, int seqNo, Instant at, String trigger, String extra) {
        return "{'eventType':'" + type + "','timestamp':'" + at + "','triggerReason':'" + trigger + "','seqNo':" + seqNo
                + ",'transactionInfo':{'transactionId':'" + tx + "'"
                + "}" + extra + "}";
    }

    static String register(Instant at, String wh, String context) {
        return "'meterValue':[{'timestamp':'" + at + "','sampledValue':[{'value':" + wh
                + ",'context':'" + context + "','measurand':'Energy.Active.Import.Register'}]}]";
    }

    @Test
    void tc_e_04_localStartAuthorizationFirstThroughEnded() throws Exception {
        StationClient cs = station("CS-TCE04");
        Instant t0 = minutesAgo(40);
        JsonNode started = await(cs.call("TransactionEvent", json(event("Started", "tx-e04", 0, t0, "Authorized",
                ",'evse':{'id':1,'connectorId':1},'idToken':{'idToken':'RFID-1','type':'ISO14443'},"
                        + register(t0, "1000", "Transaction.Begin")))));
        assertThat(started.at("/idTokenInfo/status").asText()).isEqualTo("Accepted");
        await(cs.call("TransactionEvent", json(event("Updated", "tx-e04", 1, t0.plusSeconds(60), "MeterValuePeriodic",
                "," + register(t0.plusSeconds(60), "1500", "Sample.Periodic")))));
        JsonNode ended = await(cs.call("TransactionEvent", json(
                "{'eventType':'Ended','timestamp':'" + t0.plusSeconds(600) + "','triggerReason':'EVDeparted','seqNo':2,"
                        + "'transactionInfo':{'transactionId':'tx-e04','stoppedReason':'EVDisconnected'},"
                        + register(t0.plusSeconds(600), "3500", "Transaction.End") + "}")));
        assertThat(new BigDecimal(ended.get("totalCost").asText())).isEqualByComparingTo("1.00"); // 2.5 kWh × 0.40

        SessionRecord s = kit.harness.gateway().sessions()
                .list(new SessionQueries.Filter("CS-TCE04", SessionRecord.ENDED, null, null), 5, 0).get(0);
        assertThat(s.transactionId()).isEqualTo("tx-e04");
        assertThat(s.energyWh()).isEqualByComparingTo("2500");
        assertThat(s.stopReason()).isEqualTo("EVDisconnected");
        assertThat(s.lastSeqNo()).isEqualTo(2);
        assertThat(kit.count("SELECT count(*) FROM ocpp.transaction_events WHERE station_id = 'CS-TCE04'")).isEqualTo(3);
        assertThat(kit.count("SELECT count(*) FROM ocpp.transaction_seq_gaps WHERE station_id = 'CS-TCE04'")).isZero();
        await(cs.close());
    }

    @Test
    void retriesOfTheSameSeqNoChangeNothing() throws Exception {
        StationClient cs = station("CS-RETRY");
        Instant t0 = minutesAgo(30);
        String startedEvent = event("Started", "tx-retry", 0, t0, "CablePluggedIn",
                ",'evse':{'id':2,'connectorId':1}," + register(t0, "200", "Transaction.Begin"));
        await(cs.call("TransactionEvent", json(startedEvent)));
        await(cs.call("TransactionEvent", json(startedEvent)));
        String update = event("Updated", "tx-retry", 1, t0.plusSeconds(30), "MeterValuePeriodic",
                "," + register(t0.plusSeconds(30), "400", "Sample.Periodic"));
        await(cs.call("TransactionEvent", json(update)));
        await(cs.call("TransactionEvent", json(update)));
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CS-RETRY'")).isEqualTo(1);
        assertThat(kit.count("SELECT count(*) FROM ocpp.meter_samples WHERE station_id = 'CS-RETRY'")).isEqualTo(2);
        assertThat(kit.count("SELECT count(*) FROM ocpp.transaction_events WHERE station_id = 'CS-RETRY'")).isEqualTo(2);
        await(cs.close());
    }

    @Test
    void tc_e_29_seqNoGapIsRecordedAndTheStationAskedAfterTheAnswer() throws Exception {
        StationClient cs = station("CS-GAP");
        List<String> order = new CopyOnWriteArrayList<>();
        cs.onCall("GetTransactionStatus", call -> {
            order.add("GetTransactionStatus " + call.payload().get("transactionId").asText());
            return Future.succeededFuture(json("{'ongoingIndicator':true,'messagesInQueue':true}"));
        });
        Instant t0 = minutesAgo(20);
        await(cs.call("TransactionEvent", json(event("Started", "tx-gap", 5, t0, "CablePluggedIn",
                ",'evse':{'id':1,'connectorId':1}"))));
        await(cs.call("TransactionEvent", json(event("Updated", "tx-gap", 8, t0.plusSeconds(10), "ChargingStateChanged",
                ",'offline':true"))).onSuccess(a -> order.add("answer 8")));
        eventually(() -> {
            try {
                return kit.query("SELECT messages_in_queue FROM ocpp.transaction_seq_gaps WHERE station_id = 'CS-GAP'") != null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(kit.query("SELECT expected_seq_no || '-' || received_seq_no || '/' || ongoing_indicator "
                + "FROM ocpp.transaction_seq_gaps WHERE station_id = 'CS-GAP'")).isEqualTo("6-8/true");
        assertThat(order).containsExactly("answer 8", "GetTransactionStatus tx-gap");
        assertThat(kit.query("SELECT offline FROM ocpp.sessions WHERE station_id = 'CS-GAP'")).isEqualTo(true);
        await(cs.close());
    }

    @Test
    void tc_e_53_seqNoZeroAtStartAndCostUpdatedWhileCharging() throws Exception {
        StationClient cs = station("CS-COST");
        List<JsonNode> costs = new CopyOnWriteArrayList<>();
        cs.onCall("CostUpdated", call -> {
            costs.add(call.payload());
            return Future.succeededFuture(json("{}"));
        });
        Instant t0 = minutesAgo(15);
        await(cs.call("TransactionEvent", json(event("Started", "tx-cost", 0, t0, "Authorized",
                ",'evse':{'id':1,'connectorId':1},'idToken':{'idToken':'RFID-C','type':'ISO14443'},"
                        + register(t0, "0", "Transaction.Begin")))));
        await(cs.call("TransactionEvent", json("{'eventType':'Updated','timestamp':'" + t0.plusSeconds(120)
                + "','triggerReason':'MeterValuePeriodic','seqNo':1,'transactionInfo':{'transactionId':'tx-cost',"
                + "'chargingState':'Charging'}," + register(t0.plusSeconds(120), "5000", "Sample.Periodic") + "}")));
        eventually(() -> !costs.isEmpty());
        assertThat(costs.get(0).get("transactionId").asText()).isEqualTo("tx-cost");
        assertThat(new BigDecimal(costs.get(0).get("totalCost").asText())).isEqualByComparingTo("2.00");
        await(cs.close());
    }

    @Test
    void tc_i_01_costUpdatedAlsoWithoutAStartMeterReading() throws Exception {
        StationClient cs = station("CS-COST-NOSTART");
        List<JsonNode> costs = new CopyOnWriteArrayList<>();
        cs.onCall("CostUpdated", call -> {
            costs.add(call.payload());
            return Future.succeededFuture(json("{}"));
        });
        Instant t0 = minutesAgo(15);
        // Started without any meter value: the first register reading comes with the first update
        await(cs.call("TransactionEvent", json(event("Started", "tx-nostart", 0, t0, "Authorized",
                ",'evse':{'id':1,'connectorId':1},'idToken':{'idToken':'RFID-N','type':'ISO14443'}"))));
        await(cs.call("TransactionEvent", json("{'eventType':'Updated','timestamp':'" + t0.plusSeconds(60)
                + "','triggerReason':'MeterValuePeriodic','seqNo':1,'transactionInfo':{'transactionId':'tx-nostart',"
                + "'chargingState':'Charging'}," + register(t0.plusSeconds(60), "12000", "Sample.Periodic") + "}")));
        await(cs.call("TransactionEvent", json("{'eventType':'Updated','timestamp':'" + t0.plusSeconds(180)
                + "','triggerReason':'MeterValuePeriodic','seqNo':2,'transactionInfo':{'transactionId':'tx-nostart',"
                + "'chargingState':'Charging'}," + register(t0.plusSeconds(180), "17000", "Sample.Periodic") + "}")));
        eventually(() -> costs.stream().anyMatch(c -> new BigDecimal(c.get("totalCost").asText()).compareTo(new BigDecimal("2.00")) == 0));
        assertThat(costs).allMatch(c -> c.get("transactionId").asText().equals("tx-nostart"));
        // counted from the first reading (12,000 Wh), never from zero: 5 kWh × 0.40
        assertThat(costs).allMatch(c -> new BigDecimal(c.get("totalCost").asText()).compareTo(new BigDecimal("2.00")) <= 0);
        await(cs.close());
    }

    @Test
    void tc_j_11_signedMeterValueKeptUnaltered() throws Exception {
        StationClient cs = station("CS-SIGNED");
        Instant t0 = minutesAgo(10);
        await(cs.call("TransactionEvent", json("{'eventType':'Started','timestamp':'" + t0 + "','triggerReason':'SignedDataReceived',"
                + "'seqNo':0,'transactionInfo':{'transactionId':'tx-sig'},'evse':{'id':1,'connectorId':1},"
                + "'meterValue':[{'timestamp':'" + t0 + "','sampledValue':[{'value':10.5,'context':'Transaction.Begin',"
                + "'unitOfMeasure':{'unit':'kWh'},'signedMeterValue':{'signedMeterData':'T0NNRnx7fQ==','signingMethod':"
                + "'ECDSA-secp256r1-SHA256','encodingMethod':'OCMF','publicKey':'MFkwEwYH'}}]}]}")));
        assertThat(kit.query("SELECT signed_data || '|' || signing_method || '|' || encoding_method || '|' || public_key "
                + "FROM ocpp.signed_meter_values WHERE station_id = 'CS-SIGNED'"))
                .isEqualTo("T0NNRnx7fQ==|ECDSA-secp256r1-SHA256|OCMF|MFkwEwYH");
        assertThat(kit.query("SELECT meter_start_wh::text FROM ocpp.sessions WHERE station_id = 'CS-SIGNED'"))
                .isEqualTo("10500");
        await(cs.close());
    }

    @Test
    void tc_j_01_meterValuesWithoutTransaction() throws Exception {
        StationClient cs = station("CS-J01");
        await(cs.call("MeterValues", json("{'evseId':0,'meterValue':[{'timestamp':'" + minutesAgo(3) + "','sampledValue':"
                + "[{'value':42,'context':'Sample.Clock','unitOfMeasure':{'unit':'kWh','multiplier':3}}]}]}")));
        assertThat(kit.query("SELECT normalized_value::text || ' ' || normalized_unit FROM ocpp.meter_samples "
                + "WHERE station_id = 'CS-J01'")).isEqualTo("42000000 Wh");
        await(cs.close());
    }
}
