package de.ladewerk.simulator.behaviour;

import static de.ladewerk.simulator.testserver.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.billing.ocmf.InMemoryMeterKeyRegistry;
import de.ladewerk.billing.ocmf.OcmfVerification;
import de.ladewerk.billing.ocmf.OcmfVerifier;
import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.IdToken;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.fault.FaultOptions;
import de.ladewerk.simulator.model.StationModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Signed meter values, configuration and device model, and faults on demand. */
class StationConductIT extends WithChargingStation {




    @Test
    void v16SignedReadingsPassBillingsOcmfVerifier() throws Exception {
        start("CPS16", OcppVersion.V16, StationModel.ac22("SS16"), FaultOptions.none());
        chargeBriefly("CPS16", 1, "TOKEN-S");
        waitUntil(() -> csms.count("CPS16", "StopTransaction") == 1);

        List<SignedMeterValue> signed = new ArrayList<>();
        for (JsonNode mv : csms.payloads("CPS16", "StopTransaction").get(0).path("transactionData")) {
            for (JsonNode sv : mv.path("sampledValue")) {
                if ("SignedData".equals(sv.path("format").asText())) {
                    signed.add(SignedMeterValue.fromOcpp16(sv.path("value").asText()));
                }
            }
        }
        OcmfVerification verification = verify(signed, station.meter(1).meterSerial());

        assertThat(verification.problems()).isEmpty();
        JsonNode stop = csms.payloads("CPS16", "StopTransaction").get(0);
        long meterEnergy = stop.path("meterStop").asLong()
                - csms.payloads("CPS16", "StartTransaction").get(0).path("meterStart").asLong();
        assertThat(verification.signedEnergyWh()).isEqualTo(meterEnergy).isPositive();
    }

    @Test
    void v201SignedMeterValuesPassTheVerifierAndATamperedOneFails() throws Exception {
        start("CPS201", OcppVersion.V201, StationModel.ac11("SS201"), FaultOptions.none());
        chargeBriefly("CPS201", 1, "TOKEN-T");
        waitUntil(() -> station.queuedMessages() == 0 && csms.payloads("CPS201", "TransactionEvent").stream()
                .anyMatch(e -> "Ended".equals(e.path("eventType").asText())));

        List<SignedMeterValue> signed = new ArrayList<>();
        for (JsonNode event : csms.payloads("CPS201", "TransactionEvent")) {
            for (JsonNode sv : event.at("/meterValue/0/sampledValue")) {
                JsonNode smv = sv.path("signedMeterValue");
                if (!smv.isMissingNode()) {
                    signed.add(new SignedMeterValue(smv.path("signedMeterData").asText(),
                            smv.path("encodingMethod").asText(), smv.path("signingMethod").asText(),
                            smv.path("publicKey").asText()));
                }
            }
        }
        assertThat(signed).hasSize(2);
        assertThat(verify(signed, station.meter(1).meterSerial()).problems()).isEmpty();

        String text = new String(Base64.getDecoder().decode(signed.get(1).signedData()), StandardCharsets.UTF_8);
        String altered = Base64.getEncoder().encodeToString(text.replace("\"TX\":\"E\"", "\"TX\":\"C\"")
                .getBytes(StandardCharsets.UTF_8));
        List<SignedMeterValue> tampered = List.of(signed.get(0), new SignedMeterValue(altered, "OCMF", null, null));
        assertThat(verify(tampered, station.meter(1).meterSerial()).problems())
                .anySatisfy(p -> assertThat(p).contains("signature does not verify"));
    }

    @Test
    void v16ConfigurationAnswersLikeARealChargePoint() throws Exception {
        start("CPC16", OcppVersion.V16, StationModel.ac22("SC16"), FaultOptions.none());

        String all = call("CPC16", "GetConfiguration", "{}");
        String some = call("CPC16", "GetConfiguration", "{\"key\":[\"MeterValueSampleInterval\",\"NoSuchKey\"]}");
        String change = call("CPC16", "ChangeConfiguration", "{\"key\":\"MeterValueSampleInterval\",\"value\":\"30\"}");
        String readOnly = call("CPC16", "ChangeConfiguration", "{\"key\":\"NumberOfConnectors\",\"value\":\"9\"}");
        String badValue = call("CPC16", "ChangeConfiguration", "{\"key\":\"HeartbeatInterval\",\"value\":\"soon\"}");
        String unknown = call("CPC16", "ChangeConfiguration", "{\"key\":\"NoSuchKey\",\"value\":\"1\"}");

        assertThat(all).contains("\"key\":\"HeartbeatInterval\"", "\"key\":\"NumberOfConnectors\",\"readonly\":true,\"value\":\"2\"");
        assertThat(some).contains("\"unknownKey\":[\"NoSuchKey\"]");
        assertThat(change).contains("Accepted");
        assertThat(station.settings().intValue("MeterValueSampleInterval")).isEqualTo(30);
        assertThat(readOnly).contains("Rejected");
        assertThat(badValue).contains("Rejected");
        assertThat(unknown).contains("NotSupported");
        for (String answer : List.of(all, some)) {
            assertThat(csms.checkAnswer(OcppVersion.V16, "GetConfiguration", answer)).isEmpty();
        }
    }

    @Test
    void v201CostUpdatedIsAcceptedNotRefusedAsUnsupported() throws Exception {
        start("CPCOST", OcppVersion.V201, StationModel.ac22("SCOST"), FaultOptions.none());

        String answer = call("CPCOST", "CostUpdated", "{\"totalCost\":3.17,\"transactionId\":\"tx-1\"}");

        assertThat(answer).startsWith("[3,");
        assertThat(csms.checkAnswer(OcppVersion.V201, "CostUpdated", answer)).isEmpty();
    }

    @Test
    void v201DeviceModelAnswersGetSetVariablesAndSendsItsBaseReport() throws Exception {
        start("CPC201", OcppVersion.V201, StationModel.dc("SC201", 150), FaultOptions.none());

        String get = call("CPC201", "GetVariables", "{\"getVariableData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},"
                + "\"variable\":{\"name\":\"HeartbeatInterval\"}},{\"component\":{\"name\":\"Nope\"},\"variable\":{\"name\":\"X\"}}]}");
        String set = call("CPC201", "SetVariables", "{\"setVariableData\":[{\"component\":{\"name\":\"SampledDataCtrlr\"},"
                + "\"variable\":{\"name\":\"TxUpdatedInterval\"},\"attributeValue\":\"15\"},{\"component\":{\"name\":\"EVSE\","
                + "\"evse\":{\"id\":1}},\"variable\":{\"name\":\"Power\"},\"attributeValue\":\"1\"}]}");
        String report = call("CPC201", "GetBaseReport", "{\"requestId\":7,\"reportBase\":\"FullInventory\"}");
        waitUntil(() -> csms.payloads("CPC201", "NotifyReport").stream().anyMatch(r -> !r.path("tbc").asBoolean()));

        assertThat(get).contains("\"attributeStatus\":\"Accepted\",\"attributeValue\":\"3600\"", "UnknownComponent");
        assertThat(set).contains("\"attributeStatus\":\"Accepted\"", "\"attributeStatus\":\"Rejected\"");
        assertThat(station.settings().intValue("MeterValueSampleInterval")).isEqualTo(15);
        assertThat(report).contains("Accepted");
        List<JsonNode> pages = csms.payloads("CPC201", "NotifyReport");
        assertThat(pages.get(0).path("requestId").asInt()).isEqualTo(7);
        assertThat(pages.toString()).contains("\"name\":\"ConnectorType\"", "cCCS2", "cG105");
        assertThat(csms.checkAnswer(OcppVersion.V201, "GetVariables", get)).isEmpty();
        assertThat(csms.checkAnswer(OcppVersion.V201, "SetVariables", set)).isEmpty();
        assertThat(csms.violations()).isEmpty();
    }

    @Test
    void faultsHappenAsConfiguredAndAreCounted() throws Exception {
        FaultOptions faults = FaultOptions.none().withDuplicateShare(1).withMalformedShare(1)
                .withClockSkew(Duration.ofHours(2)).withUnansweredShare(1).withFaultedEvses(Map.of(2, "GroundFailure"));
        start("CPF", OcppVersion.V16, StationModel.ac22("SF"), faults);
        waitUntil(() -> csms.count("CPF", "StatusNotification") >= 6);

        assertThat(csms.count("CPF", "BootNotification")).isEqualTo(2); // the boot was sent twice, same message id
        assertThat(station.faults().duplicatesSent()).isPositive();
        assertThat(station.faults().malformedSent()).isPositive();
        assertThat(station.isOnline()).isTrue(); // the CSMS answered the garbage and kept the connection
        JsonNode faulted = csms.payloads("CPF", "StatusNotification").stream()
                .filter(p -> p.path("connectorId").asInt() == 2).findFirst().orElseThrow();
        assertThat(faulted.path("status").asText()).isEqualTo("Faulted");
        assertThat(faulted.path("errorCode").asText()).isEqualTo("GroundFailure");
        Instant reported = Instant.parse(faulted.path("timestamp").asText());
        assertThat(Duration.between(Instant.now(), reported).toMinutes()).isBetween(110L, 130L);
        CompletableFuture<String> unanswered = csms.sendCall("CPF", "ClearCache", "{}");
        Thread.sleep(500);
        assertThat(unanswered).isNotDone();
        assertThat(station.faults().unansweredCalls()).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsReestablishedAndBootedAgain() throws Exception {
        start("CPD", OcppVersion.V201, StationModel.ac11("SD"), FaultOptions.none());

        result(station.dropConnection());
        waitUntil(() -> station.connections() == 2 && station.isOnline());

        assertThat(csms.count("CPD", "BootNotification")).isEqualTo(2);
        assertThat(station.faults().connectionDrops()).isEqualTo(1);
    }

    private void chargeBriefly(String identity, int evse, String token) throws Exception {
        result(station.plugIn(evse, Vehicle.typical()));
        assertThat(result(station.present(evse, token))).isTrue();
        Thread.sleep(1500);
        result(station.unplug(evse));
    }

    private String call(String identity, String action, String payload) throws Exception {
        return csms.sendCall(identity, action, payload).get(5, TimeUnit.SECONDS);
    }

    /** Billing's verifier with the meter's key registered, as the operator registers it from the type plate. */
    private OcmfVerification verify(List<SignedMeterValue> signed, String meterSerial) {
        InMemoryMeterKeyRegistry keys = new InMemoryMeterKeyRegistry();
        keys.register(meterSerial, station.meter(1).publicKey());
        Instant now = Instant.now();
        ChargingSession session = new ChargingSession("s-1", station.identity(), null, 1, 1, new IdToken("T", "RFID"),
                AuthMethod.AUTH_REQUEST, null, null, now.minusSeconds(3600), now, meterSerial,
                List.of(new MeterSample(now.minusSeconds(3600), 0, null, null), new MeterSample(now, 1, null, null)), signed);
        // the session's samples here are placeholders: this checks the signed values, not their agreement with samples
        return new OcmfVerifier(keys, Long.MAX_VALUE).verify(session);
    }
}
