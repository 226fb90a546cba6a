package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.conformance.SessionTestKit.eventually;
import static de.ladewerk.gateway.conformance.SessionTestKit.json;
import static de.ladewerk.gateway.conformance.SessionTestKit.minutesAgo;
import static de.ladewerk.gateway.conformance.SessionTestKit.startTx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionQueries;
import de.ladewerk.gateway.session.SessionRecord;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OCPP 1.6 transactions and meter values against a real gateway and database (OCA TC_003 … TC_039). */
class TransactionV16ConformanceIT {

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
        return kit.harness.connect(id, OcppVersion.V16);
    }

    private static String energy(Instant at, String value, String extra) {
        return "{'timestamp':'" + at + "','sampledValue':[{'value':'" + value + "'" + extra + "}]}";
    }

    @Test
    void tc_003_regularChargingSession() throws Exception {
        StationClient cp = station("CP-TC003");
        Instant t0 = minutesAgo(30);
        JsonNode started = startTx(cp, 1, "TAG-003", 1000, t0);
        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        int tx = started.get("transactionId").asInt();
        assertThat(tx).isPositive();

        await(cp.call("MeterValues", json("{'connectorId':1,'transactionId':" + tx + ",'meterValue':["
                + "{'timestamp':'" + t0.plusSeconds(600) + "','sampledValue':["
                + "{'value':'1.5','unit':'kWh','measurand':'Energy.Active.Import.Register','context':'Sample.Periodic'},"
                + "{'value':'7.2','unit':'kW','measurand':'Power.Active.Import'},"
                + "{'value':'16.1','unit':'A','measurand':'Current.Import','phase':'L1','location':'Outlet'},"
                + "{'value':'231','unit':'V','measurand':'Voltage','phase':'L1-N'},"
                + "{'value':'55','unit':'Percent','measurand':'SoC','location':'EV'}]}]}")));
        JsonNode stopped = await(cp.call("StopTransaction", json("{'transactionId':" + tx + ",'idTag':'TAG-003',"
                + "'meterStop':3000,'timestamp':'" + t0.plusSeconds(1200) + "','reason':'EVDisconnected'}")));
        assertThat(stopped.at("/idTagInfo/status").asText()).isEqualTo("Accepted");

        // committed before the answer: visible at once
        SessionQueries q = kit.harness.gateway().sessions();
        SessionRecord s = q.list(new SessionQueries.Filter("CP-TC003", null, null, null), 10, 0).get(0);
        assertThat(s.transactionId()).isEqualTo(String.valueOf(tx));
        assertThat(s.status()).isEqualTo(SessionRecord.ENDED);
        assertThat(s.evseId()).isEqualTo(1);
        assertThat(s.idToken().value()).isEqualTo("TAG-003");
        assertThat(s.startedAt()).isEqualTo(t0);
        assertThat(s.endedAt()).isEqualTo(t0.plusSeconds(1200));
        assertThat(s.energyWh()).isEqualByComparingTo("2000");
        assertThat(s.stopReason()).isEqualTo("EVDisconnected");

        List<MeterSample> curve = q.curve(s.id());
        assertThat(curve).extracting(MeterSample::measurand).contains("Energy.Active.Import.Register",
                "Power.Active.Import", "Current.Import", "Voltage", "SoC");
        MeterSample kwh = curve.stream().filter(m -> m.unit().equals("kWh")).findFirst().orElseThrow();
        assertThat(kwh.normalizedValue()).isEqualByComparingTo("1500");
        assertThat(curve.stream().filter(m -> m.unit().equals("kW")).findFirst().orElseThrow().normalizedValue())
                .isEqualByComparingTo("7200");
        assertThat(curve.stream().filter(m -> m.measurand().equals("SoC")).findFirst().orElseThrow().location())
                .isEqualTo("EV");
        // start and stop readings are register samples too, so the curve runs from start to end
        assertThat(curve.stream().filter(MeterSample::isEnergyRegister).map(m -> m.normalizedValue().intValue()))
                .containsExactly(1000, 1500, 3000);

        eventually(() -> kit.ended.stream().anyMatch(e -> e.session().id() == s.id()));
        SessionEnded ended = kit.ended.stream().filter(e -> e.session().id() == s.id()).findFirst().orElseThrow();
        assertThat(ended.curve()).extracting(MeterSample::measurand).containsOnly("Energy.Active.Import.Register",
                "Power.Active.Import");
        assertThat(kit.live).anyMatch(e -> e.type().equals(LiveEvents.SESSION_STARTED) && e.stationId().equals("CP-TC003"));
        assertThat(kit.live).anyMatch(e -> e.type().equals(LiveEvents.SESSION_ENDED) && e.stationId().equals("CP-TC003"));
        await(cp.close());
    }

    @Test
    void tc_039_offlineTransactionReplayGetsTheSameIdAndNoSecondSession() throws Exception {
        StationClient cp = station("CP-TC039");
        Instant t0 = minutesAgo(90);
        int first = startTx(cp, 2, "TAG-039", 500, t0).get("transactionId").asInt();
        // the station lost the answer and replays its queue after reconnecting
        await(cp.close());
        StationClient again = kit.harness.connect("CP-TC039", OcppVersion.V16);
        int replayed = startTx(again, 2, "TAG-039", 500, t0).get("transactionId").asInt();
        assertThat(replayed).isEqualTo(first);
        assertThat(kit.count("SELECT count(*) FROM ocpp.sessions WHERE station_id = 'CP-TC039'")).isEqualTo(1);

        // the same MeterValues twice (answer lost): stored once
        String mv = "{'connectorId':2,'transactionId':" + first + ",'meterValue':[" + energy(t0.plusSeconds(60), "900", "") + "]}";
        await(again.call("MeterValues", json(mv)));
        await(again.call("MeterValues", json(mv)));
        assertThat(kit.count("SELECT count(*) FROM ocpp.meter_samples WHERE station_id = 'CP-TC039' AND value = 900"))
                .isEqualTo(1);
        // a second StopTransaction (retry) changes nothing
        String stop = "{'transactionId':" + first + ",'meterStop':1500,'timestamp':'" + t0.plusSeconds(300) + "'}";
        await(again.call("StopTransaction", json(stop)));
        await(again.call("StopTransaction", json(stop)));
        assertThat(kit.query("SELECT meter_stop_wh::text || '/' || stop_reason FROM ocpp.sessions WHERE station_id = 'CP-TC039'"))
                .isEqualTo("1500/Local");
        await(again.close());
    }

    @Test
    void tc_037_3_startWithInvalidTagStillGetsATransactionId() throws Exception {
        StationClient cp = station("CP-TC037");
        JsonNode started = startTx(cp, 1, "UNKNOWN-1", 0, minutesAgo(5));
        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Invalid");
        assertThat(started.get("transactionId").asInt()).isPositive();
        assertThat(kit.query("SELECT auth_status FROM ocpp.sessions WHERE station_id = 'CP-TC037'")).isEqualTo("INVALID");
        await(cp.close());
    }

    @Test
    void concurrentTxWhenTheTokenChargesElsewhere() throws Exception {
        StationClient a = station("CP-CONC-A");
        StationClient b = station("CP-CONC-B");
        assertThat(startTx(a, 1, "TAG-TWICE", 0, minutesAgo(10)).at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        JsonNode second = startTx(b, 1, "TAG-TWICE", 0, minutesAgo(5));
        assertThat(second.at("/idTagInfo/status").asText()).isEqualTo("ConcurrentTx");
        assertThat(second.get("transactionId").asInt()).isPositive();
        await(a.close());
        await(b.close());
    }

    @Test
    void unknownTransactionIsAnsweredAndRecorded() throws Exception {
        StationClient cp = station("CP-UNKNOWN-TX");
        JsonNode answer = await(cp.call("StopTransaction", json("{'transactionId':987654,'meterStop':10,"
                + "'timestamp':'" + minutesAgo(1) + "','idTag':'BLOCKED-7'}")));
        assertThat(answer.at("/idTagInfo/status").asText()).isEqualTo("Blocked");
        assertThat(kit.query("SELECT kind || '/' || transaction_id FROM ocpp.data_rejections WHERE station_id = 'CP-UNKNOWN-TX'"))
                .isEqualTo("UNKNOWN_TRANSACTION/987654");
        await(cp.close());
    }

    @Test
    void impossibleDataIsRejectedOrCorrectedWithAReason() throws Exception {
        StationClient cp = station("CP-IMPOSSIBLE");
        Instant t0 = minutesAgo(60);
        int tx = startTx(cp, 1, "TAG-IMP", 5000, t0).get("transactionId").asInt();
        List<String> values = new ArrayList<>();
        values.add(energy(t0.plusSeconds(60), "6000", ""));                    // fine
        values.add(energy(t0.plusSeconds(120), "5500", ""));                   // register backwards
        values.add(energy(t0.plusSeconds(180), "-3", ",'measurand':'Energy.Active.Import.Interval'")); // negative energy
        values.add(energy(Instant.now().plusSeconds(86_400), "7000", ""));     // a day in the future
        values.add(energy(t0.plusSeconds(240), "not-a-number", ""));
        await(cp.call("MeterValues", json("{'connectorId':1,'transactionId':" + tx + ",'meterValue':["
                + String.join(",", values) + "]}")));
        // stop before the start and below the register
        await(cp.call("StopTransaction", json("{'transactionId':" + tx + ",'meterStop':4000,'timestamp':'"
                + t0.minusSeconds(600) + "'}")));
        assertThat(kit.query("SELECT string_agg(kind || ':' || action, ',' ORDER BY kind) FROM ocpp.data_rejections "
                + "WHERE station_id = 'CP-IMPOSSIBLE'")).isEqualTo("ENERGY_BACKWARDS:CORRECTED,ENERGY_BACKWARDS:REJECTED,"
                + "FUTURE_TIMESTAMP:REJECTED,NEGATIVE_ENERGY:REJECTED,NOT_A_NUMBER:REJECTED,STOP_BEFORE_START:CORRECTED");
        assertThat(kit.query("SELECT meter_stop_wh::text FROM ocpp.sessions WHERE station_id = 'CP-IMPOSSIBLE'"))
                .isEqualTo("6000");
        assertThat(kit.query("SELECT ended_at = started_at FROM ocpp.sessions WHERE station_id = 'CP-IMPOSSIBLE'"))
                .isEqualTo(true);
        assertThat(kit.count("SELECT count(*) FROM ocpp.meter_samples WHERE station_id = 'CP-IMPOSSIBLE' "
                + "AND value IN (5500, -3, 7000)")).isZero();
        await(cp.close());
    }

    @Test
    void signedDataIsKeptByteForByte() throws Exception {
        StationClient cp = station("CP-SIGNED");
        Instant t0 = minutesAgo(20);
        int tx = startTx(cp, 1, "TAG-SIG", 100, t0).get("transactionId").asInt();
        String ocmf = "OCMF|{\\\"FV\\\":\\\"1.0\\\",\\\"RD\\\":[{\\\"RV\\\":0.1,\\\"RU\\\":\\\"kWh\\\"}]}|{\\\"SD\\\":\\\"3045\\\"}";
        await(cp.call("StopTransaction", json("{'transactionId':" + tx + ",'meterStop':200,'timestamp':'"
                + t0.plusSeconds(60) + "','transactionData':[{'timestamp':'" + t0.plusSeconds(60) + "','sampledValue':"
                + "[{'value':'" + ocmf + "','format':'SignedData','context':'Transaction.End'}]}]}")));
        assertThat(kit.query("SELECT signed_data FROM ocpp.signed_meter_values WHERE station_id = 'CP-SIGNED'"))
                .isEqualTo("OCMF|{\"FV\":\"1.0\",\"RD\":[{\"RV\":0.1,\"RU\":\"kWh\"}]}|{\"SD\":\"3045\"}");
        eventually(() -> kit.ended.stream().anyMatch(e -> e.session().stationId().equals("CP-SIGNED")));
        assertThat(kit.ended.stream().filter(e -> e.session().stationId().equals("CP-SIGNED")).findFirst().orElseThrow()
                .signed()).singleElement().satisfies(v -> assertThat(v.signedData()).startsWith("OCMF|"));
        await(cp.close());
    }

    @Test
    void meterValuesOutsideATransactionBelongToTheConnector() throws Exception {
        StationClient cp = station("CP-CLOCK");
        await(cp.call("MeterValues", json("{'connectorId':0,'meterValue':[" + energy(minutesAgo(2), "123456",
                ",'context':'Sample.Clock'") + "]}")));
        List<MeterSample> day = kit.harness.gateway().sessions().stationLastDay("CP-CLOCK", Instant.now());
        assertThat(day).singleElement().satisfies(m -> {
            assertThat(m.evseId()).isZero();
            assertThat(m.context()).isEqualTo("Sample.Clock");
            assertThat(m.value()).isEqualByComparingTo(new BigDecimal("123456"));
        });
        await(cp.close());
    }
}
