package de.ladewerk.gateway;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.simulator.station.StationClient;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Black-box proof that the gateway handles every action a station may send, in both versions: an
 * accepted station sends each one with an empty payload and must get the validator's verdict (or an
 * answer), never NotImplemented or NotSupported. The registries themselves are checked against the
 * specifications' action lists in ocpp-protocol.
 */
class EveryStationActionIsHandledIT {

    private static GatewayHarness harness;
    private static StationClient v16;
    private static StationClient v201;

    @BeforeAll
    static void connect() throws Exception {
        harness = GatewayHarness.start();
        harness.register("EVERY-16");
        harness.register("EVERY-201");
        v16 = harness.connect("EVERY-16", OcppVersion.V16);
        await(v16.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        v201 = harness.connect("EVERY-201", OcppVersion.V201);
        await(v201.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
    }

    @AfterAll
    static void close() throws Exception {
        await(v16.close());
        await(v201.close());
        harness.close();
    }

    static Stream<Arguments> stationActions() {
        return Stream.of(V16Actions.REGISTRY, V201Actions.REGISTRY).flatMap(EveryStationActionIsHandledIT::sentByStation);
    }

    private static Stream<Arguments> sentByStation(ActionRegistry registry) {
        return registry.all().stream().filter(d -> d.direction().sentByStation())
                .map(ActionDescriptor::action).sorted().map(a -> Arguments.of(registry.version(), a));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stationActions")
    void isHandled(OcppVersion version, String action) throws Exception {
        StationClient station = version == OcppVersion.V16 ? v16 : v201;
        String id = "e" + Integer.toHexString(action.hashCode()); // message ids may have at most 36 characters
        await(station.sendRaw("[2,\"" + id + "\",\"" + action + "\",{}]"));
        String answer = await(station.nextRawMessage());
        assertThat(answer).startsWith("[").contains("\"" + id + "\"")
                .doesNotContain("NotImplemented").doesNotContain("NotSupported");
        assertThat(station.isOpen()).isTrue();
    }
}
