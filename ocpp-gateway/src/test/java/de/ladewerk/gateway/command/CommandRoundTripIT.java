package de.ladewerk.gateway.command;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CSMS→station action of 1.6 and 2.0.1 goes out through the command service over a real
 * WebSocket: a valid payload reaches the station unchanged, its answer comes back and both are recorded.
 */
class CommandRoundTripIT {

    private static final java.util.Comparator<JsonNode> NUMERIC = (a, b) -> a.equals(b) ? 0
            : a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : 1;

    private static GatewayHarness harness;
    private static final Map<OcppVersion, StationClient> STATIONS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> RECEIVED = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        for (OcppVersion v : new OcppVersion[] {OcppVersion.V16, OcppVersion.V201}) {
            String id = "RT-" + v.name();
            harness.register(id);
            StationClient station = harness.connect(id, v);
            for (ActionDescriptor<?, ?> d : CommandActions.sendable(v)) {
                station.onCall(d.action(), call -> {
                    RECEIVED.put(v + "/" + call.action(), call.payload());
                    return Future.succeededFuture(SamplePayloads.minimal(d.responseType()));
                });
            }
            STATIONS.put(v, station);
        }
    }

    @AfterAll
    static void stop() {
        STATIONS.values().forEach(s -> await(s.close()));
        harness.close();
    }

    static Stream<Arguments> sendableActions() {
        return Stream.of(OcppVersion.V16, OcppVersion.V201)
                .flatMap(v -> CommandActions.sendable(v).stream().map(d -> Arguments.of(v, d.action())));
    }

    @Test
    void bothRegistriesOfferTheirCsmsActions() {
        assertThat(CommandActions.sendable(OcppVersion.V16)).extracting(ActionDescriptor::action)
                .contains("RemoteStartTransaction", "SendLocalList", "ReserveNow", "ExtendedTriggerMessage", "DataTransfer")
                .doesNotContain("Authorize", "BootNotification");
        assertThat(CommandActions.sendable(OcppVersion.V201)).extracting(ActionDescriptor::action)
                .contains("RequestStartTransaction", "SetVariables", "CostUpdated", "DataTransfer")
                .doesNotContain("TransactionEvent", "Authorize");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sendableActions")
    void commandReachesTheStationAndItsAnswerIsRecorded(OcppVersion version, String action) throws Exception {
        ActionDescriptor<?, ?> d = CommandActions.find(version, action).orElseThrow();
        JsonNode payload = SamplePayloads.minimal(d.requestType());
        JsonNode expectedAnswer = SamplePayloads.minimal(d.responseType());

        CommandResult r = await(harness.gateway().operator().commands()
                .send("RT-" + version.name(), action, payload, "operator-test"));

        assertThat(r.status()).as(r.errorDescription()).isEqualTo(CommandStatus.ANSWERED);
        // the device-model commands go through a route that notes its station calls in customData
        JsonNode recorded = r.response().deepCopy();
        if (recorded.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) recorded).remove("customData");
        }
        assertThat(recorded).isEqualTo(expectedAnswer);
        // numbers compared by value: a routed command is re-encoded (1 may go out as 1.0)
        assertThat(RECEIVED.get(version + "/" + action).equals(NUMERIC, payload))
                .as("%s received %s", action, RECEIVED.get(version + "/" + action)).isTrue();
        assertThat(r.protocolVersion()).isEqualTo(version.subprotocol());
        assertThat(r.duration()).isNotNull();
        assertThat(r.duration().isNegative()).isFalse();
        CommandResult stored = harness.gateway().operator().commandQueries().find(r.id()).orElseThrow();
        assertThat(stored).isEqualTo(r);
        assertThat(stored.request()).isEqualTo(payload);
        assertThat(stored.requestedBy()).isEqualTo("operator-test");
        assertThat(harness.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(LiveEvents.COMMAND_ANSWERED);
            assertThat(e.data()).containsEntry("id", r.id()).containsEntry("status", "ANSWERED");
        });
    }
}
