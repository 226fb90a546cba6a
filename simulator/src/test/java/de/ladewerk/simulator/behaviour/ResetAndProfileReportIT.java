package de.ladewerk.simulator.behaviour;

import static de.ladewerk.simulator.testserver.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 2.0.1 station's Reset of one EVSE or the whole station, Immediate or OnIdle (Scheduled while a
 * transaction runs), and its answer to GetChargingProfiles with ReportChargingProfiles — every
 * message checked against the schemas by the in-test CSMS.
 */
class ResetAndProfileReportIT extends WithChargingStation {

    private JsonNode send(String identity, String action, String payload) throws Exception {
        String answer = csms.sendCall(identity, action, payload.replace('\'', '"')).get(5, TimeUnit.SECONDS);
        assertThat(csms.checkAnswer(OcppVersion.V201, action, answer)).as(answer).isEmpty();
        return OcppJson.mapper().readTree(answer).get(2);
    }

    private List<String> statuses(String identity, int evseId) {
        return csms.payloads(identity, "StatusNotification").stream().filter(p -> p.path("evseId").asInt() == evseId)
                .map(p -> p.path("connectorStatus").asText()).collect(Collectors.toList());
    }

    private List<JsonNode> ended(String identity) {
        return csms.payloads(identity, "TransactionEvent").stream()
                .filter(e -> e.path("eventType").asText().equals("Ended")).collect(Collectors.toList());
    }

    private void charging(String identity, int evseId, int startedBefore) throws Exception {
        result(station.present(evseId, "TOKEN-R"));
        waitUntil(() -> csms.payloads(identity, "TransactionEvent").stream()
                .filter(e -> e.path("triggerReason").asText().equals("Authorized")).count() > startedBefore);
    }

    @Test
    void evseResetOnIdleWaitsForTheTransactionImmediateEndsItAndTheStationStaysConnected() throws Exception {
        start("CSR-EVSE", OcppVersion.V201, StationModel.ac22("SRE"), FaultOptions.none());
        result(station.plugIn(1, Vehicle.typical()));
        charging("CSR-EVSE", 1, 0);

        assertThat(send("CSR-EVSE", "Reset", "{'type':'OnIdle','evseId':1}").path("status").asText()).isEqualTo("Scheduled");
        assertThat(send("CSR-EVSE", "Reset", "{'type':'OnIdle','evseId':2}").path("status").asText()).isEqualTo("Accepted");
        waitUntil(() -> statuses("CSR-EVSE", 2).containsAll(List.of("Unavailable", "Available"))
                && statuses("CSR-EVSE", 2).get(statuses("CSR-EVSE", 2).size() - 1).equals("Available"));
        assertThat(result(station.snapshot(1)).transactionId()).as("EVSE 1 still charges").isNotNull();
        assertThat(statuses("CSR-EVSE", 1)).doesNotContain("Unavailable");

        result(station.present(1, "TOKEN-R")); // the driver stops: the scheduled reset follows
        waitUntil(() -> ended("CSR-EVSE").size() == 1 && statuses("CSR-EVSE", 1).contains("Unavailable")
                && statuses("CSR-EVSE", 1).get(statuses("CSR-EVSE", 1).size() - 1).equals("Occupied"));
        assertThat(ended("CSR-EVSE").get(0).at("/transactionInfo/stoppedReason").asText()).isEqualTo("Local");

        charging("CSR-EVSE", 1, 1);
        assertThat(send("CSR-EVSE", "Reset", "{'type':'Immediate','evseId':1}").path("status").asText()).isEqualTo("Accepted");
        waitUntil(() -> ended("CSR-EVSE").size() == 2);
        assertThat(ended("CSR-EVSE").get(1).at("/transactionInfo/stoppedReason").asText()).isEqualTo("ImmediateReset");
        assertThat(ended("CSR-EVSE").get(1).path("triggerReason").asText()).isEqualTo("ResetCommand");
        assertThat(send("CSR-EVSE", "Reset", "{'type':'Immediate','evseId':9}").path("status").asText()).isEqualTo("Rejected");

        assertThat(station.connections()).as("EVSE resets never reboot the station").isEqualTo(1);
        assertThat(csms.count("CSR-EVSE", "BootNotification")).isEqualTo(1);
        assertThat(csms.violations()).isEmpty();
    }

    @Test
    void stationResetOnIdleIsScheduledAndRebootsWhenTheLastTransactionEnds() throws Exception {
        start("CSR-ALL", OcppVersion.V201, StationModel.ac22("SRA"), FaultOptions.none());
        result(station.plugIn(1, Vehicle.typical()));
        charging("CSR-ALL", 1, 0);

        assertThat(send("CSR-ALL", "Reset", "{'type':'OnIdle'}").path("status").asText()).isEqualTo("Scheduled");
        assertThat(station.connections()).isEqualTo(1);
        result(station.unplug(1));

        waitUntil(() -> station.connections() == 2 && csms.count("CSR-ALL", "BootNotification") == 2);
        assertThat(ended("CSR-ALL")).singleElement().satisfies(e ->
                assertThat(e.at("/transactionInfo/stoppedReason").asText()).isEqualTo("EVDisconnected"));
        assertThat(csms.violations()).isEmpty();
    }

    private static String profile(int id, String purpose, int stackLevel, double watts) {
        return "{'id':" + id + ",'stackLevel':" + stackLevel + ",'chargingProfilePurpose':'" + purpose + "',"
                + "'chargingProfileKind':'Absolute','chargingSchedule':[{'id':1,'startSchedule':'"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "','chargingRateUnit':'W',"
                + "'chargingSchedulePeriod':[{'startPeriod':0,'limit':" + watts + "}]}]}";
    }

    @Test
    void getChargingProfilesIsAnsweredWithReportsOfTheInstalledProfiles() throws Exception {
        start("CSR-GCP", OcppVersion.V201, StationModel.ac22("SRG"), FaultOptions.none());
        assertThat(send("CSR-GCP", "SetChargingProfile", "{'evseId':1,'chargingProfile':"
                + profile(11, "TxDefaultProfile", 1, 7000) + "}").path("status").asText()).isEqualTo("Accepted");
        assertThat(send("CSR-GCP", "SetChargingProfile", "{'evseId':0,'chargingProfile':"
                + profile(12, "ChargingStationMaxProfile", 0, 20000) + "}").path("status").asText()).isEqualTo("Accepted");

        assertThat(send("CSR-GCP", "GetChargingProfiles", "{'requestId':7,'chargingProfile':{'chargingLimitSource':['CSO']}}")
                .path("status").asText()).isEqualTo("Accepted");
        waitUntil(() -> csms.count("CSR-GCP", "ReportChargingProfiles") == 2);
        List<JsonNode> reports = csms.payloads("CSR-GCP", "ReportChargingProfiles");
        assertThat(reports).extracting(r -> r.path("evseId").asInt()).containsExactly(0, 1);
        assertThat(reports).extracting(r -> r.path("tbc").asBoolean()).containsExactly(true, false);
        assertThat(reports).allSatisfy(r -> assertThat(r.path("requestId").asInt()).isEqualTo(7));
        assertThat(reports.get(0).at("/chargingProfile/0/id").asInt()).isEqualTo(12);
        assertThat(reports.get(1).at("/chargingProfile/0/chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(reports.get(1).at("/chargingProfile/0/chargingSchedule/0/chargingSchedulePeriod/0/limit").asDouble())
                .isEqualTo(7000.0);

        assertThat(send("CSR-GCP", "GetChargingProfiles", "{'requestId':8,'evseId':1,'chargingProfile':"
                + "{'chargingProfilePurpose':'TxDefaultProfile','stackLevel':1}}").path("status").asText()).isEqualTo("Accepted");
        waitUntil(() -> csms.count("CSR-GCP", "ReportChargingProfiles") == 3);
        assertThat(send("CSR-GCP", "GetChargingProfiles", "{'requestId':9,'evseId':2,'chargingProfile':{}}")
                .path("status").asText()).isEqualTo("NoProfiles");
        assertThat(send("CSR-GCP", "GetChargingProfiles", "{'requestId':10,'chargingProfile':{'chargingProfileId':[99]}}")
                .path("status").asText()).isEqualTo("NoProfiles");
        assertThat(send("CSR-GCP", "GetChargingProfiles", "{'requestId':11,'chargingProfile':{'chargingLimitSource':['EMS']}}")
                .path("status").asText()).isEqualTo("NoProfiles");
        assertThat(csms.count("CSR-GCP", "ReportChargingProfiles")).isEqualTo(3);
        assertThat(csms.violations()).isEmpty();
    }
}
