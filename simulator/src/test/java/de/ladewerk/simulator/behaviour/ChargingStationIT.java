package de.ladewerk.simulator.behaviour;

import static de.ladewerk.simulator.testserver.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The full story of a charge, in both versions, against the strict in-test CSMS. */
class ChargingStationIT extends WithChargingStation {

    @Test
    void v16ChargeFromPlugInToDeparture() throws Exception {
        start("CP16", OcppVersion.V16, StationModel.ac22("S16"), FaultOptions.none());

        result(station.plugIn(1, Vehicle.typical()));
        assertThat(result(station.present(1, "TOKEN-1"))).isTrue();
        waitUntil(() -> csms.count("CP16", "MeterValues") >= 2);
        result(station.unplug(1));
        // Finishing, then Available once the connector is free: the last status may still be on its way
        waitUntil(() -> csms.count("CP16", "StopTransaction") == 1 && station.queuedMessages() == 0
                && statuses("CP16", 1).get(statuses("CP16", 1).size() - 1).equals("Available"));

        assertThat(csms.violations()).isEmpty();
        assertThat(actions("CP16")).containsSubsequence("BootNotification", "StatusNotification", "Authorize",
                "StartTransaction", "MeterValues", "MeterValues", "StopTransaction");
        assertThat(statuses("CP16", 1)).containsSubsequence("Available", "Preparing", "Charging", "Available");
        JsonNode startTx = csms.payloads("CP16", "StartTransaction").get(0);
        JsonNode stopTx = csms.payloads("CP16", "StopTransaction").get(0);
        int transactionId = stopTx.path("transactionId").asInt();
        assertThat(transactionId).isGreaterThan(100);
        assertThat(csms.payloads("CP16", "MeterValues")).allSatisfy(mv ->
                assertThat(mv.path("transactionId").asInt()).isEqualTo(transactionId));
        long energy = stopTx.path("meterStop").asLong() - startTx.path("meterStart").asLong();
        assertThat(energy).isPositive();
        assertThat(stopTx.path("reason").asText()).isEqualTo("EVDisconnected");
        JsonNode powers = csms.payloads("CP16", "MeterValues").get(0).at("/meterValue/0/sampledValue");
        assertThat(measurand(powers, "Power.Active.Import")).isEqualTo(11_000.0);
        assertThat(powers.toString()).contains("\"phase\":\"L3\"");
    }

    @Test
    void v201ChargeIsOneTransactionWithConsecutiveSeqNos() throws Exception {
        start("CP201", OcppVersion.V201, StationModel.dc("S201", 150), FaultOptions.none());

        result(station.plugIn(1, Vehicle.typical()));
        assertThat(result(station.present(1, "TOKEN-2"))).isTrue();
        waitUntil(() -> csms.count("CP201", "TransactionEvent") >= 4);
        result(station.unplug(1));
        waitUntil(() -> station.queuedMessages() == 0 && events("CP201").stream()
                .anyMatch(e -> e.path("eventType").asText().equals("Ended")));

        assertThat(csms.violations()).isEmpty();
        List<JsonNode> events = events("CP201");
        assertThat(events.get(0).path("eventType").asText()).isEqualTo("Started");
        assertThat(events.get(0).path("triggerReason").asText()).isEqualTo("CablePluggedIn");
        assertThat(events.get(1).path("triggerReason").asText()).isEqualTo("Authorized");
        assertThat(events.get(1).at("/idToken/idToken").asText()).isEqualTo("TOKEN-2");
        JsonNode ended = events.get(events.size() - 1);
        assertThat(ended.path("eventType").asText()).isEqualTo("Ended");
        assertThat(ended.at("/transactionInfo/stoppedReason").asText()).isEqualTo("EVDisconnected");
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("seqNo").asInt()).isEqualTo(i);
            assertThat(events.get(i).at("/transactionInfo/transactionId").asText())
                    .isEqualTo(events.get(0).at("/transactionInfo/transactionId").asText());
        }
        JsonNode periodic = events.stream().filter(e -> e.path("triggerReason").asText().equals("MeterValuePeriodic"))
                .findFirst().orElseThrow().at("/meterValue/0/sampledValue");
        assertThat(measurand(periodic, "Power.Active.Import")).isEqualTo(120_000.0); // the car's DC peak
        assertThat(measurand(periodic, "SoC")).isBetween(30.0, 80.0);
    }

    @Test
    void obeysAChargingProfileSetDuringTheTransaction() throws Exception {
        start("CPL", OcppVersion.V16, StationModel.ac22("SL"), FaultOptions.none());
        result(station.plugIn(1, Vehicle.typical()));
        result(station.present(1, "TOKEN-3"));
        waitUntil(() -> csms.count("CPL", "StartTransaction") == 1);

        String answer = csms.sendCall("CPL", "SetChargingProfile", "{\"connectorId\":1,\"csChargingProfiles\":{"
                + "\"chargingProfileId\":5,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\","
                + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6.0}]}}}").get(5, TimeUnit.SECONDS);
        assertThat(answer).contains("Accepted");
        assertThat(csms.checkAnswer(OcppVersion.V16, "SetChargingProfile", answer)).isEmpty();
        long before = csms.count("CPL", "MeterValues");
        waitUntil(() -> csms.count("CPL", "MeterValues") >= before + 2);

        List<JsonNode> samples = csms.payloads("CPL", "MeterValues");
        JsonNode last = samples.get(samples.size() - 1).at("/meterValue/0/sampledValue");
        assertThat(measurand(last, "Power.Active.Import")).isLessThanOrEqualTo(6 * 230 * 3);
        assertThat(result(station.snapshot(1)).powerW()).isLessThanOrEqualTo(6 * 230 * 3);
        String schedule = csms.sendCall("CPL", "GetCompositeSchedule", "{\"connectorId\":1,\"duration\":600}")
                .get(5, TimeUnit.SECONDS);
        assertThat(csms.checkAnswer(OcppVersion.V16, "GetCompositeSchedule", schedule)).isEmpty();
        assertThat(schedule).contains("4140");
    }

    @Test
    void remoteStartAndStopAreAnsweredAndCarriedOut() throws Exception {
        start("CPR", OcppVersion.V16, StationModel.ac22("SR"), FaultOptions.none());

        String started = csms.sendCall("CPR", "RemoteStartTransaction", "{\"connectorId\":2,\"idTag\":\"APP-1\"}")
                .get(5, TimeUnit.SECONDS);
        assertThat(started).contains("Accepted");
        waitUntil(() -> csms.count("CPR", "StartTransaction") == 1 && station.queuedMessages() == 0);
        int id = result(station.snapshot(2)).csmsTransactionId();
        String stopped = csms.sendCall("CPR", "RemoteStopTransaction", "{\"transactionId\":" + id + "}")
                .get(5, TimeUnit.SECONDS);
        assertThat(stopped).contains("Accepted");
        waitUntil(() -> csms.count("CPR", "StopTransaction") == 1);

        assertThat(csms.payloads("CPR", "StartTransaction").get(0).path("connectorId").asInt()).isEqualTo(2);
        assertThat(csms.payloads("CPR", "StopTransaction").get(0).path("reason").asText()).isEqualTo("Remote");
        String unknown = csms.sendCall("CPR", "RemoteStopTransaction", "{\"transactionId\":999999}").get(5, TimeUnit.SECONDS);
        assertThat(unknown).contains("Rejected");
        assertThat(csms.violations()).isEmpty();
    }

    @Test
    void v201QueuesTransactionEventsWhileOfflineAndReplaysThemMarkedOffline() throws Exception {
        start("CPO", OcppVersion.V201, StationModel.ac11("SO"), FaultOptions.none());
        result(station.plugIn(1, Vehicle.typical()));
        result(station.present(1, "TOKEN-4"));
        waitUntil(() -> csms.count("CPO", "TransactionEvent") >= 2 && station.queuedMessages() == 0);

        csms.refuseConnections(true);
        csms.disconnect("CPO");
        waitUntil(() -> !station.isOnline());
        long online = csms.count("CPO", "TransactionEvent");
        Thread.sleep(2500); // ~2.5 simulated minutes of charging while offline
        result(station.unplug(1));
        assertThat(station.queuedMessages()).isGreaterThanOrEqualTo(2);
        csms.refuseConnections(false);
        waitUntil(() -> station.isOnline() && station.queuedMessages() == 0);

        List<JsonNode> events = events("CPO");
        assertThat(events.size()).isGreaterThan((int) online);
        assertThat(events.subList((int) online, events.size()))
                .allSatisfy(e -> assertThat(e.path("offline").asBoolean()).isTrue());
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("seqNo").asInt()).isEqualTo(i);
        }
        assertThat(events.get(events.size() - 1).path("eventType").asText()).isEqualTo("Ended");
        assertThat(station.connections()).isEqualTo(2);
        assertThat(csms.violations()).isEmpty();
    }

    @Test
    void v16HoldsStopTransactionOfflineAndSendsItAfterReconnect() throws Exception {
        start("CPO16", OcppVersion.V16, StationModel.ac11("SO16"), FaultOptions.none());
        result(station.plugIn(1, Vehicle.typical()));
        result(station.present(1, "TOKEN-5"));
        waitUntil(() -> csms.count("CPO16", "StartTransaction") == 1 && station.queuedMessages() == 0);

        csms.refuseConnections(true);
        csms.disconnect("CPO16");
        waitUntil(() -> !station.isOnline());
        Thread.sleep(1500);
        result(station.unplug(1));
        assertThat(csms.count("CPO16", "StopTransaction")).isZero();
        csms.refuseConnections(false);
        waitUntil(() -> csms.count("CPO16", "StopTransaction") == 1 && station.queuedMessages() == 0);

        JsonNode stop = csms.payloads("CPO16", "StopTransaction").get(0);
        assertThat(stop.path("transactionId").asInt())
                .isEqualTo(101); // the id the CSMS gave StartTransaction before the connection went
        assertThat(csms.violations()).isEmpty();
    }

    static double measurand(JsonNode sampledValues, String measurand) {
        for (JsonNode v : sampledValues) {
            if (measurand.equals(v.path("measurand").asText()) && !v.has("format")) {
                return v.path("value").asDouble();
            }
        }
        throw new AssertionError("no " + measurand + " in " + sampledValues);
    }

    List<String> actions(String identity) {
        return csms.received().stream().filter(r -> r.identity().equals(identity)).map(r -> r.action())
                .collect(Collectors.toList());
    }

    List<String> statuses(String identity, int connectorId) {
        return csms.payloads(identity, "StatusNotification").stream()
                .filter(p -> p.path("connectorId").asInt() == connectorId).map(p -> p.path("status").asText())
                .collect(Collectors.toList());
    }

    List<JsonNode> events(String identity) {
        return csms.payloads(identity, "TransactionEvent");
    }

}
