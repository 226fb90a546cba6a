package de.ladewerk.gateway;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.UpgradeRejectedException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad input gets its specified answer, and a bystander station stays connected and served
 * throughout.
 */
class BadInputIT {

    private static GatewayHarness harness;
    private static StationClient bystander;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        harness.register("BYSTANDER");
        harness.register("PROBE-16");
        harness.register("PROBE-201");
        bystander = harness.connect("BYSTANDER", OcppVersion.V201);
        await(bystander.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
    }

    @AfterAll
    static void stop() {
        assertThat(bystander.isOpen()).as("bad input of others never drops a station").isTrue();
        await(bystander.call("Heartbeat", json("{}")));
        harness.close();
    }

    private static int refusal(de.ladewerk.simulator.station.StationClientOptions options) {
        Throwable t = null;
        try {
            await(StationClient.connect(harness.vertx(), options));
        } catch (RuntimeException e) {
            t = e;
        }
        assertThat(t).as("upgrade must be refused").isInstanceOf(UpgradeRejectedException.class);
        return ((UpgradeRejectedException) t).status();
    }

    @Test
    void tc_a_03_invalidPasswordIsRefusedWith401() {
        assertThat(refusal(harness.options("PROBE-201", OcppVersion.V201).withPassword("wrong-password-123"))).isEqualTo(401);
    }

    @Test
    void tc_a_02_usernameThatIsNotTheIdentityIsRefusedWith401() {
        assertThat(refusal(harness.options("PROBE-201", OcppVersion.V201).withUsername("SOMEONE-ELSE"))).isEqualTo(401);
    }

    @Test
    void missingCredentialsAreRefusedWith401() {
        assertThat(refusal(harness.options("PROBE-16", OcppVersion.V16).withPassword(null))).isEqualTo(401);
    }

    @Test
    void unknownStationIsRefusedWith401() {
        assertThat(refusal(harness.options("NOBODY", OcppVersion.V16))).isEqualTo(401);
    }

    @Test
    void missingSubprotocolIsRefusedWith400() {
        assertThat(refusal(harness.options("PROBE-16", OcppVersion.V16).withSubprotocols(List.of()))).isEqualTo(400);
    }

    @Test
    void unsupportedSubprotocolsAreRefusedWith400() {
        assertThat(refusal(harness.options("PROBE-16", OcppVersion.V16).withSubprotocols(List.of("ocpp2.1")))).isEqualTo(400);
        assertThat(refusal(harness.options("PROBE-16", OcppVersion.V16).withSubprotocols(List.of("ocpp1.5", "mqtt")))).isEqualTo(400);
    }

    @Test
    void identityWithForbiddenCharactersIsRefusedWith400() {
        assertThat(refusal(harness.options("CP:1", OcppVersion.V16))).isEqualTo(400);
        assertThat(refusal(harness.options("x".repeat(49), OcppVersion.V16))).isEqualTo(400);
    }

    @Test
    void percentEncodedIdentityIsDecoded() {
        harness.register("CP#7");
        StationClient c = harness.connect("CP#7", OcppVersion.V16);
        assertThat(await(c.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")))
                .get("status").asText()).isEqualTo("Accepted");
        await(c.close());
    }

    @ParameterizedTest(name = "2.0.1 {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "this is not json|[4,\"-1\",\"RpcFrameworkError\"",
            "{\"not\":\"an array\"}|[4,\"-1\",\"RpcFrameworkError\"",
            "[7,\"m1\",\"Heartbeat\",{}]|[4,\"m1\",\"MessageTypeNotSupported\"",
            "[2,\"m2\",\"NoSuchAction\",{}]|[4,\"m2\",\"NotImplemented\"",
            "[2,\"m3\",\"BootNotification\",{\"reason\":\"PowerUp\"}]|[4,\"m3\",\"OccurrenceConstraintViolation\"",
            "[2,\"m4\",\"BootNotification\",{\"reason\":\"Sneezed\",\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"}}]|[4,\"m4\",\"PropertyConstraintViolation\"",
            "[2,\"m5\",\"StatusNotification\",{\"timestamp\":\"2026-11-21T10:00:00Z\",\"connectorStatus\":\"Available\",\"evseId\":\"one\",\"connectorId\":1}]|[4,\"m5\",\"TypeConstraintViolation\"",
            "[2,\"m6\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"123456789012345678901\",\"vendorName\":\"V\"}}]|[4,\"m6\",\"FormatViolation\"",
            "[2,\"m7\",\"Heartbeat\",{\"extra\":1}]|[4,\"m7\",\"PropertyConstraintViolation\"",
            "[2,\"m8\",\"Authorize\",{\"idToken\":{\"idToken\":\"abc\",\"type\":\"ISO14443\"}}]|[3,\"m8\",{\"idTokenInfo\":{\"status\":\"Invalid\"}}",
            "[2,\"m9\",\"Reset\",{\"type\":\"Immediate\"}]|[4,\"m9\",\"NotSupported\"",
    })
    void v201BadInputGetsItsCallError(String frame, String expectedStart) {
        assertAnswer("PROBE-201", OcppVersion.V201,
                "{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}", frame, expectedStart);
    }

    @ParameterizedTest(name = "1.6 {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "[2,\"n1\",\"NoSuchAction\",{}]|[4,\"n1\",\"NotImplemented\"",
            "[2,\"n2\",\"BootNotification\",{\"chargePointModel\":\"M\"}]|[4,\"n2\",\"OccurenceConstraintViolation\"",
            "[2,\"n3\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Dancing\"}]|[4,\"n3\",\"PropertyConstraintViolation\"",
            "[2,\"n4\",\"StatusNotification\",{\"connectorId\":\"1\",\"errorCode\":\"NoError\",\"status\":\"Available\"}]|[4,\"n4\",\"TypeConstraintViolation\"",
            "[2,\"n5\",\"BootNotification\",{\"chargePointVendor\":\"123456789012345678901\",\"chargePointModel\":\"M\"}]|[4,\"n5\",\"FormationViolation\"",
            "[2,\"n6\",\"RemoteStartTransaction\",{\"idTag\":\"abc\"}]|[4,\"n6\",\"NotSupported\"",
            "[7,\"n7\",\"Heartbeat\",{}]|[4,\"n7\",\"FormationViolation\"",
    })
    void v16BadInputGetsItsCallError(String frame, String expectedStart) {
        assertAnswer("PROBE-16", OcppVersion.V16, "{'chargePointVendor':'V','chargePointModel':'M'}", frame, expectedStart);
    }

    /** Boots the probe, sends one bad frame, and checks the answer's start; the connection must stay open. */
    private static void assertAnswer(String id, OcppVersion version, String boot, String frame, String expectedStart) {
        StationClient probe = harness.connect(id, version);
        try {
            await(probe.call("BootNotification", json(boot)));
            var answer = probe.nextRawMessage();
            await(probe.sendRaw(frame));
            assertThat(await(answer)).startsWith(expectedStart);
            assertThat(probe.isOpen()).as("a bad frame does not close the connection").isTrue();
        } finally {
            await(probe.close());
        }
    }

    /** {"d":{"d":...}} nested {@code levels} deep. */
    private static String nested(int levels) {
        return "{\"d\":".repeat(levels) + "1" + "}".repeat(levels);
    }

    @Test
    void framesBeyondTheParserLimitsAreAnsweredWithTheirIdInBothVersions() {
        String deep = "[2,\"deep\",\"DataTransfer\",{\"vendorId\":\"V\",\"data\":" + nested(120) + "}]";
        String longNumber = "[2,\"long\",\"Heartbeat\",{\"x\":" + "1".repeat(150) + "}]";
        assertAnswer("PROBE-16", OcppVersion.V16, "{'chargePointVendor':'V','chargePointModel':'M'}", deep,
                "[4,\"deep\",\"FormationViolation\"");
        assertAnswer("PROBE-16", OcppVersion.V16, "{'chargePointVendor':'V','chargePointModel':'M'}", longNumber,
                "[4,\"long\",\"FormationViolation\"");
        assertAnswer("PROBE-201", OcppVersion.V201, "{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}",
                deep, "[4,\"deep\",\"FormatViolation\"");
        assertAnswer("PROBE-201", OcppVersion.V201, "{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}",
                longNumber, "[4,\"long\",\"FormatViolation\"");
    }

    @Test
    void aDataTransferNested63LevelsIsAccepted() {
        harness.register("DEEP-201");
        StationClient cp = harness.connect("DEEP-201", OcppVersion.V201);
        try {
            await(cp.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
            var answer = cp.nextRawMessage();
            await(cp.sendRaw("[2,\"dt63\",\"DataTransfer\",{\"vendorId\":\"V\",\"data\":" + nested(63) + "}]"));
            assertThat(await(answer)).startsWith("[3,\"dt63\",");
        } finally {
            await(cp.close());
        }
    }

    @Test
    void v16UnreadableFrameIsNotAnsweredAndTheConnectionGoesOn() {
        StationClient probe = harness.connect("PROBE-16", OcppVersion.V16);
        try {
            await(probe.sendRaw("this is not json"));
            await(probe.sendRaw("[3,\"nobody-asked\",{}]")); // unmatched answer: dropped, never answered
            var next = probe.nextRawMessage();
            JsonNode boot = await(probe.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
            assertThat(boot.get("status").asText()).isEqualTo("Accepted");
            assertThat(next.isComplete()).as("nothing was answered to the garbage").isFalse();
        } finally {
            await(probe.close());
        }
    }

    @Test
    void aSecondConnectionOfTheSameIdentityReplacesTheFirst() throws Exception {
        harness.register("TWICE");
        StationClient first = harness.connect("TWICE", OcppVersion.V16);
        StationClient second = harness.connect("TWICE", OcppVersion.V16);
        await(first.closed());
        assertThat(first.closedByServer()).isTrue();
        JsonNode boot = await(second.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        assertThat(boot.get("status").asText()).isEqualTo("Accepted");
        assertThat(harness.gateway().connections().find("TWICE")).isPresent();
        // the replaced connection's close must not mark the station offline
        Thread.sleep(200);
        assertThat(harness.queryValue("SELECT online FROM ocpp.stations WHERE id = 'TWICE'")).isEqualTo(true);
        await(second.close());
    }

    @Test
    void csmsCallsGoOutOneAtATimeAndTimeOut() {
        harness.register("CALLED");
        StationClient cp = harness.connect("CALLED", OcppVersion.V16);
        cp.onCall("ClearCache", call -> io.vertx.core.Future.succeededFuture(json("{'status':'Accepted'}")));
        cp.onCall("UnlockConnector", call -> io.vertx.core.Promise.promise().future()); // never answers
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        var connection = harness.gateway().connections().find("CALLED").orElseThrow();
        var first = connection.call("ClearCache", json("{}"));
        var second = connection.call("ClearCache", json("{}"));
        assertThat(await(first).get("status").asText()).isEqualTo("Accepted");
        assertThat(await(second).get("status").asText()).isEqualTo("Accepted");
        // an action the station does not answer: our 2 s timeout fails the call, the next one still goes out
        var unanswered = connection.call("UnlockConnector", json("{'connectorId':1}"));
        assertThatThrownBy(() -> await(unanswered)).hasMessageContaining("did not answer");
        await(cp.close());
    }
}
