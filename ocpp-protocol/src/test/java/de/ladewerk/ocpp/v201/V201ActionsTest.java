package de.ladewerk.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.Direction;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.validation.TypeDescriptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class V201ActionsTest {

    /** OCPP 2.0.1, station to CSMS, as listed in shared/ocpp/protocol.md. */
    private static final List<String> STATION_TO_CSMS = List.of(
            "Authorize", "BootNotification", "ClearedChargingLimit", "DataTransfer",
            "FirmwareStatusNotification", "Get15118EVCertificate", "GetCertificateStatus", "Heartbeat",
            "LogStatusNotification", "MeterValues", "NotifyChargingLimit", "NotifyCustomerInformation",
            "NotifyDisplayMessages", "NotifyEVChargingNeeds", "NotifyEVChargingSchedule", "NotifyEvent",
            "NotifyMonitoringReport", "NotifyReport", "PublishFirmwareStatusNotification", "ReportChargingProfiles",
            "ReservationStatusUpdate", "SecurityEventNotification", "SignCertificate", "StatusNotification",
            "TransactionEvent");

    /** OCPP 2.0.1, CSMS to station, as listed in shared/ocpp/protocol.md. */
    private static final List<String> CSMS_TO_STATION = List.of(
            "CancelReservation", "CertificateSigned", "ChangeAvailability", "ClearCache", "ClearChargingProfile",
            "ClearDisplayMessage", "ClearVariableMonitoring", "CostUpdated", "CustomerInformation", "DataTransfer",
            "DeleteCertificate", "GetBaseReport", "GetChargingProfiles", "GetCompositeSchedule", "GetDisplayMessages",
            "GetInstalledCertificateIds", "GetLocalListVersion", "GetLog", "GetMonitoringReport", "GetReport",
            "GetTransactionStatus", "GetVariables", "InstallCertificate", "PublishFirmware", "RequestStartTransaction",
            "RequestStopTransaction", "ReserveNow", "Reset", "SendLocalList", "SetChargingProfile",
            "SetDisplayMessage", "SetMonitoringBase", "SetMonitoringLevel", "SetNetworkProfile",
            "SetVariableMonitoring", "SetVariables", "TriggerMessage", "UnlockConnector", "UnpublishFirmware",
            "UpdateFirmware");

    private static final ObjectMapper MAPPER = OcppJson.mapper();
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };
    private final PayloadCodec codec = new PayloadCodec(OcppVersion.V201);

    /** Every action of protocol.md with the direction it implies: in both lists means BOTH. */
    private static Map<String, Direction> expectedDirections() {
        Map<String, Direction> expected = new LinkedHashMap<>();
        for (String a : STATION_TO_CSMS) {
            expected.put(a, CSMS_TO_STATION.contains(a) ? Direction.BOTH : Direction.CP_TO_CSMS);
        }
        for (String a : CSMS_TO_STATION) {
            expected.putIfAbsent(a, Direction.CSMS_TO_CP);
        }
        return expected;
    }

    @Test
    void registryHoldsExactlyTheActionsOfTheSpecificationWithTheirDirections() {
        Map<String, Direction> expected = expectedDirections();
        assertThat(expected).hasSize(64).containsEntry("DataTransfer", Direction.BOTH);
        Map<String, Direction> actual = new LinkedHashMap<>();
        for (ActionDescriptor<?, ?> d : V201Actions.REGISTRY.all()) {
            actual.put(d.action(), d.direction());
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(V201Actions.REGISTRY.version()).isEqualTo(OcppVersion.V201);
    }

    @Test
    void requestAndResponseTypesAreNamedAfterTheAction() {
        for (ActionDescriptor<?, ?> d : V201Actions.REGISTRY.all()) {
            assertThat(d.requestType().getSimpleName()).isEqualTo(d.action() + "Request");
            assertThat(d.responseType().getSimpleName()).isEqualTo(d.action() + "Response");
            assertThat(V201Actions.REGISTRY.forRequest(d.requestType())).contains(cast(d));
        }
    }

    @SuppressWarnings("unchecked")
    private static <Q> ActionDescriptor<Q, ?> cast(ActionDescriptor<?, ?> d) {
        return (ActionDescriptor<Q, ?>) d;
    }

    @Test
    void everyRequestAndResponseTypeIsDescribable() {
        for (ActionDescriptor<?, ?> d : V201Actions.REGISTRY.all()) {
            assertThatCode(() -> TypeDescriptions.requireDescribable(d.requestType()))
                    .as(d.action() + " request").doesNotThrowAnyException();
            assertThatCode(() -> TypeDescriptions.requireDescribable(d.responseType()))
                    .as(d.action() + " response").doesNotThrowAnyException();
        }
    }

    @Test
    void thereIsOneSamplePerAction() {
        assertThat(V201Samples.BY_ACTION.keySet()).containsExactlyInAnyOrderElementsOf(expectedDirections().keySet());
    }

    static Stream<String> actions() {
        List<String> names = new ArrayList<>();
        V201Actions.REGISTRY.all().forEach(d -> names.add(d.action()));
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void sampleRequestAndResponseDecodeAndReEncodeUnchanged(String action) throws Exception {
        ActionDescriptor<?, ?> d = V201Actions.REGISTRY.find(action).orElseThrow();
        V201Samples.Sample sample = V201Samples.BY_ACTION.get(action);
        assertThat(sample).as("sample for " + action).isNotNull();
        assertRoundTrip(sample.request(), d.requestType());
        assertRoundTrip(sample.response(), d.responseType());
    }

    private void assertRoundTrip(String json, Class<?> type) throws Exception {
        JsonNode payload = MAPPER.readTree(json);
        Object message = codec.decode(payload, type);
        assertThat(message).isInstanceOf(type);
        JsonNode again = MAPPER.readTree(MAPPER.writeValueAsString(codec.encode(message)));
        // JSON numbers compare by value: a decimal 16.0 may come back as 16, which the wire treats alike
        assertThat(again.equals(NUMBERS_BY_VALUE, payload))
                .as("%s re-encoded%n  was: %s%n sent: %s", type.getSimpleName(), again, payload).isTrue();
        assertThat(codec.check(again, type)).as(type.getSimpleName() + " re-encoded is valid").isEmpty();
    }
}
