package de.ladewerk.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v201.authorization.AuthorizeRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.common.Measurand;
import de.ladewerk.ocpp.v201.common.Phase;
import de.ladewerk.ocpp.v201.common.ReadingContext;
import de.ladewerk.ocpp.v201.common.SampledValue;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferRequest;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.DataType;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportRequest;
import de.ladewerk.ocpp.v201.remotecontrol.TriggerMessageRequest;
import de.ladewerk.ocpp.v201.reservation.ConnectorType;
import de.ladewerk.ocpp.v201.reservation.ReserveNowRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import de.ladewerk.ocpp.v201.smartcharging.SetChargingProfileRequest;
import de.ladewerk.ocpp.v201.transactions.TransactionEventRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The CallError each kind of bad 2.0.1 payload earns, and the odd corners of the model. */
class V201ValidationTest {

    private final PayloadCodec codec = new PayloadCodec(OcppVersion.V201);

    private static JsonNode json(String text) {
        try {
            return OcppJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void assertViolation(String payload, Class<?> type, ErrorKind kind, String pathPrefix) {
        assertThatThrownBy(() -> codec.decode(json(payload), type))
                .isInstanceOfSatisfying(OcppException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).startsWith(pathPrefix);
                });
    }

    private static String transactionEvent(String meterValue) {
        return """
                {"eventType": "Updated", "timestamp": "2025-03-14T09:15:00Z", "triggerReason": "MeterValuePeriodic",
                 "seqNo": 4, "transactionInfo": {"transactionId": "tx-1"}, "meterValue": %s}""".formatted(meterValue);
    }

    @Test
    void idTokenLongerThan36CharactersIsAFormatViolation() {
        String ok = "A".repeat(36);
        codec.decode(json("{\"idToken\": {\"idToken\": \"" + ok + "\", \"type\": \"Central\"}}"), AuthorizeRequest.class);
        assertViolation("{\"idToken\": {\"idToken\": \"" + ok + "B\", \"type\": \"Central\"}}", AuthorizeRequest.class,
                ErrorKind.FORMAT_VIOLATION, "idToken.idToken");
    }

    @Test
    void missingRequiredFieldIsAnOccurrenceConstraintViolation() {
        assertViolation("""
                {"eventType": "Started", "timestamp": "2025-03-14T09:15:00Z", "triggerReason": "CablePluggedIn",
                 "transactionInfo": {"transactionId": "tx-1"}}""", TransactionEventRequest.class,
                ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, "seqNo");
        assertViolation("""
                {"eventType": "Started", "timestamp": "2025-03-14T09:15:00Z", "triggerReason": "CablePluggedIn",
                 "seqNo": 0, "transactionInfo": {}}""", TransactionEventRequest.class,
                ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, "transactionInfo.transactionId");
        assertThat(ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION.code(OcppVersion.V201))
                .isEqualTo("OccurrenceConstraintViolation");
    }

    @Test
    void unknownEnumValueIsAPropertyConstraintViolation() {
        // a 1.6 trigger that 2.0.1 no longer has
        assertViolation("{\"requestedMessage\": \"DiagnosticsStatusNotification\"}", TriggerMessageRequest.class,
                ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, "requestedMessage");
        // the Java constant name is not the wire value
        assertViolation(transactionEvent("""
                [{"timestamp": "2025-03-14T09:15:00Z", "sampledValue": [{"value": 1, "measurand": "EnergyActiveImportRegister"}]}]"""),
                TransactionEventRequest.class, ErrorKind.PROPERTY_CONSTRAINT_VIOLATION,
                "meterValue[0].sampledValue[0].measurand");
    }

    @Test
    void wrongJsonTypeIsATypeConstraintViolation() {
        assertViolation("""
                {"timestamp": "2025-03-14T08:02:00Z", "connectorStatus": "Available", "evseId": "1", "connectorId": 1}""",
                StatusNotificationRequest.class, ErrorKind.TYPE_CONSTRAINT_VIOLATION, "evseId");
        assertViolation(transactionEvent("""
                {"timestamp": "2025-03-14T09:15:00Z", "sampledValue": [{"value": 1}]}"""),
                TransactionEventRequest.class, ErrorKind.TYPE_CONSTRAINT_VIOLATION, "meterValue");
        assertViolation(transactionEvent("""
                [{"timestamp": "2025-03-14T09:15:00Z", "sampledValue": [{"value": "15.2"}]}]"""),
                TransactionEventRequest.class, ErrorKind.TYPE_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue[0].value");
    }

    @Test
    void unknownPropertyIsAPropertyConstraintViolation() {
        assertViolation("{\"vendor\": \"x\"}", HeartbeatRequest.class, ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, "vendor");
        assertViolation("{\"idToken\": {\"idToken\": \"04A2\", \"type\": \"ISO14443\", \"idTag\": \"04A2\"}}",
                AuthorizeRequest.class, ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, "idToken.idTag");
    }

    @Test
    void customDataWithVendorIdIsAcceptedOnEveryObject() {
        TransactionEventRequest tx = codec.decode(json("""
                {"customData": {"vendorId": "de.ladewerk", "firmwareBuild": 1234},
                 "eventType": "Updated", "timestamp": "2025-03-14T09:15:00Z", "triggerReason": "MeterValuePeriodic",
                 "seqNo": 4, "transactionInfo": {"transactionId": "tx-1", "customData": {"vendorId": "de.ladewerk"}},
                 "meterValue": [{"timestamp": "2025-03-14T09:15:00Z", "customData": {"vendorId": "x"},
                   "sampledValue": [{"value": 1, "customData": {"vendorId": "de.ladewerk", "raw": [1, 2]}}]}]}"""),
                TransactionEventRequest.class);
        assertThat(tx.transactionInfo().transactionId()).isEqualTo("tx-1");
        // customData is accepted but not bound: it does not come back on encoding
        assertThat(codec.encode(tx).has("customData")).isFalse();
        assertViolation("{\"customData\": {\"note\": \"no vendor\"}}", HeartbeatRequest.class,
                ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, "customData");
    }

    @Test
    void arrayBelowMinItemsIsAnOccurrenceConstraintViolation() {
        assertViolation(transactionEvent("""
                [{"timestamp": "2025-03-14T09:15:00Z", "sampledValue": []}]"""),
                TransactionEventRequest.class, ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue[0].sampledValue");
        assertViolation(transactionEvent("[]"), TransactionEventRequest.class,
                ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, "meterValue");
    }

    @Test
    void arrayAboveMaxItemsIsAnOccurrenceConstraintViolation() {
        String schedule = """
                {"id": %d, "chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16}]}""";
        String four = String.join(",", schedule.formatted(1), schedule.formatted(2), schedule.formatted(3),
                schedule.formatted(4));
        assertViolation("""
                {"evseId": 1, "chargingProfile": {"id": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                 "chargingProfileKind": "Absolute", "chargingSchedule": [%s]}}""".formatted(four),
                SetChargingProfileRequest.class, ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION,
                "chargingProfile.chargingSchedule");
    }

    @Test
    void stringItemsOfAnArrayKeepTheirMaxLength() {
        String tooLong = "https://fw.example/" + "a".repeat(494);
        assertViolation("{\"status\": \"Published\", \"location\": [\"" + tooLong + "\"]}",
                PublishFirmwareStatusNotificationRequest.class, ErrorKind.FORMAT_VIOLATION, "location[0]");
    }

    @Test
    void stateOfChargeOutside0To100IsRefused() {
        assertViolation("""
                {"evseId": 1, "chargingNeeds": {"requestedEnergyTransfer": "DC",
                 "dcChargingParameters": {"evMaxCurrent": 200, "evMaxVoltage": 450, "stateOfCharge": 101}}}""",
                NotifyEVChargingNeedsRequest.class, ErrorKind.FORMAT_VIOLATION,
                "chargingNeeds.dcChargingParameters.stateOfCharge");
    }

    @Test
    void dateTimeWithoutOffsetIsAFormatViolation() {
        assertViolation("""
                {"timestamp": "2025-03-14 08:02", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}""",
                StatusNotificationRequest.class, ErrorKind.FORMAT_VIOLATION, "timestamp");
    }

    @Test
    void wireValuesThatAreNoJavaIdentifiersMapToReadableConstants() {
        TransactionEventRequest tx = codec.decode(json(transactionEvent("""
                [{"timestamp": "2025-03-14T09:15:00Z", "sampledValue": [{"value": 231.4, "context": "Transaction.Begin",
                  "measurand": "Voltage", "phase": "L2-N"},
                 {"value": 1000, "measurand": "Energy.Active.Import.Register"}]}]""")), TransactionEventRequest.class);
        SampledValue voltage = tx.meterValue().get(0).sampledValue().get(0);
        assertThat(voltage.value()).isEqualByComparingTo(new BigDecimal("231.4"));
        assertThat(voltage.context()).isEqualTo(ReadingContext.TransactionBegin);
        assertThat(voltage.phase()).isEqualTo(Phase.L2N);
        assertThat(tx.meterValue().get(0).sampledValue().get(1).measurand())
                .isEqualTo(Measurand.EnergyActiveImportRegister);
        JsonNode encoded = codec.encode(tx);
        assertThat(encoded.at("/meterValue/0/sampledValue/0/phase").asText()).isEqualTo("L2-N");
        assertThat(encoded.at("/meterValue/0/sampledValue/1/measurand").asText())
                .isEqualTo("Energy.Active.Import.Register");

        ReserveNowRequest reserve = codec.decode(json("""
                {"id": 1, "expiryDateTime": "2025-03-14T10:30:00Z", "connectorType": "s309-1P-16A",
                 "idToken": {"idToken": "0815", "type": "KeyCode"}}"""), ReserveNowRequest.class);
        assertThat(reserve.connectorType()).isEqualTo(ConnectorType.s309_1P_16A);

        NotifyReportRequest report = codec.decode(json("""
                {"requestId": 1, "generatedAt": "2025-03-14T08:01:10Z", "seqNo": 0, "reportData": [
                 {"component": {"name": "AuthCtrlr"}, "variable": {"name": "Enabled"},
                  "variableAttribute": [{"value": "true"}],
                  "variableCharacteristics": {"dataType": "boolean", "supportsMonitoring": false}}]}"""),
                NotifyReportRequest.class);
        assertThat(report.reportData().get(0).variableCharacteristics().dataType()).isEqualTo(DataType.BooleanType);
    }

    @Test
    void dataTransferDataMayBeAnyJson() {
        for (String data : new String[] {"\"text\"", "42", "[1, {\"a\": null}]", "{\"nested\": {\"deep\": true}}"}) {
            JsonNode payload = json("{\"vendorId\": \"de.ladewerk\", \"data\": " + data + "}");
            DataTransferRequest request = codec.decode(payload, DataTransferRequest.class);
            assertThat(codec.encode(request)).isEqualTo(payload);
        }
        assertViolation("{\"messageId\": \"m\"}", DataTransferRequest.class,
                ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, "vendorId");
    }
}
