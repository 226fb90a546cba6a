package de.ladewerk.ocpp.v16;

import static de.ladewerk.ocpp.registry.Direction.BOTH;
import static de.ladewerk.ocpp.registry.Direction.CP_TO_CSMS;
import static de.ladewerk.ocpp.registry.Direction.CSMS_TO_CP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.Direction;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.validation.TypeDescriptions;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 1.6 registry holds exactly the actions of protocol.md, and every message of every action decodes and encodes. */
class V16ActionsTest {

    private static final ObjectMapper MAPPER = OcppJson.mapper();
    private static final PayloadCodec CODEC = new PayloadCodec(OcppVersion.V16);

    /** The OCPP 1.6 actions as shared/ocpp/protocol.md lists them, with who sends the request. */
    private static final Map<String, Direction> EXPECTED = new LinkedHashMap<>();

    static {
        for (String a : new String[] {"Authorize", "BootNotification", "DiagnosticsStatusNotification",
                "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StartTransaction", "StatusNotification",
                "StopTransaction", "SecurityEventNotification", "SignCertificate", "LogStatusNotification",
                "SignedFirmwareStatusNotification"}) {
            EXPECTED.put(a, CP_TO_CSMS);
        }
        for (String a : new String[] {"CancelReservation", "ChangeAvailability", "ChangeConfiguration", "ClearCache",
                "ClearChargingProfile", "GetCompositeSchedule", "GetConfiguration", "GetDiagnostics",
                "GetLocalListVersion", "RemoteStartTransaction", "RemoteStopTransaction", "ReserveNow", "Reset",
                "SendLocalList", "SetChargingProfile", "TriggerMessage", "UnlockConnector", "UpdateFirmware",
                "CertificateSigned", "DeleteCertificate", "ExtendedTriggerMessage", "GetInstalledCertificateIds",
                "GetLog", "InstallCertificate", "SignedUpdateFirmware"}) {
            EXPECTED.put(a, CSMS_TO_CP);
        }
        EXPECTED.put("DataTransfer", BOTH);
    }

    static Stream<String> actions() {
        return EXPECTED.keySet().stream();
    }

    @Test
    void registryHoldsExactlyTheActionsOfProtocolMd() {
        assertThat(EXPECTED).hasSize(39);
        Map<String, Direction> registered = new LinkedHashMap<>();
        for (ActionDescriptor<?, ?> d : V16Actions.REGISTRY.all()) {
            registered.put(d.action(), d.direction());
        }
        assertThat(registered).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(V16Actions.REGISTRY.version()).isEqualTo(OcppVersion.V16);
    }

    @Test
    void messageClassesFollowTheNamingRule() {
        for (ActionDescriptor<?, ?> d : V16Actions.REGISTRY.all()) {
            assertThat(d.requestType().getSimpleName()).isEqualTo(d.action() + "Request");
            assertThat(d.responseType().getSimpleName()).isEqualTo(d.action() + "Response");
            assertThat(d.requestType().getPackageName()).startsWith("de.ladewerk.ocpp.v16.");
            assertThat(V16Actions.REGISTRY.forRequest(d.requestType()).map(ActionDescriptor::action)).contains(d.action());
        }
    }

    @Test
    void everySampleBelongsToARegisteredAction() {
        assertThat(V16Samples.REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        assertThat(V16Samples.RESPONSES.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void requestAndResponseAreDescribable(String action) {
        ActionDescriptor<?, ?> d = V16Actions.REGISTRY.find(action).orElseThrow();
        assertThatCode(() -> TypeDescriptions.requireDescribable(d.requestType())).doesNotThrowAnyException();
        assertThatCode(() -> TypeDescriptions.requireDescribable(d.responseType())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}.req")
    @MethodSource("actions")
    void sampleRequestRoundTrips(String action) throws JsonProcessingException {
        roundTrip(V16Samples.REQUESTS.get(action), V16Actions.REGISTRY.find(action).orElseThrow().requestType());
    }

    @ParameterizedTest(name = "{0}.conf")
    @MethodSource("actions")
    void sampleResponseRoundTrips(String action) throws JsonProcessingException {
        roundTrip(V16Samples.RESPONSES.get(action), V16Actions.REGISTRY.find(action).orElseThrow().responseType());
    }

    private static void roundTrip(String json, Class<?> type) throws JsonProcessingException {
        JsonNode sample = MAPPER.readTree(json);
        Object message = CODEC.decode(sample, type);
        assertThat(message).isInstanceOf(type);
        JsonNode encoded = MAPPER.readTree(MAPPER.writeValueAsString(CODEC.encode(message)));
        // decimals keep their value, not their scale: 32.0 may come back as 32, 10 as 10.0
        assertThat(encoded.equals(NUMBERS_BY_VALUE, sample))
                .as("re-encoded %s%n  expected %s", encoded, sample).isTrue();
        assertThat(CODEC.decode(encoded, type)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(message);
    }

    /** Equal nodes, where numbers compare by value. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };
}
