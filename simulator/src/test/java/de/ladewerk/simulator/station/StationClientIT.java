package de.ladewerk.simulator.station;

import static de.ladewerk.simulator.testserver.Await.failure;
import static de.ladewerk.simulator.testserver.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationResponse;
import de.ladewerk.ocpp.v16.core.RegistrationStatus;
import de.ladewerk.simulator.testserver.WithMiniCsms;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StationClientIT extends WithMiniCsms {

    private static final String GET_HEARTBEAT_INTERVAL = "{\"getVariableData\":[{\"component\":{\"name\":"
            + "\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"HeartbeatInterval\"}}]}";


    private StationClient connect(String identity, OcppVersion version) throws Exception {
        return result(StationClient.connect(vertx, StationClientOptions.of(csms.endpoint(), identity, version)));
    }

    @Test
    void bootsWithTypedAnswer() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V16);

        BootNotificationResponse answer = result(station.call("BootNotification",
                new BootNotificationRequest("Ladewerk", "Sim", null, null, null, null, null, null, null),
                BootNotificationResponse.class));

        assertThat(station.version()).isEqualTo(OcppVersion.V16);
        assertThat(answer.status()).isEqualTo(RegistrationStatus.Accepted);
        assertThat(csms.count("CP-1", "BootNotification")).isEqualTo(1);
    }

    @Test
    void schemaInvalidAnswerFailsTheCall() throws Exception {
        csms.answerInvalid("Heartbeat");
        StationClient station = connect("CP-1", OcppVersion.V201);

        Throwable failure = failure(station.call("Heartbeat", new de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest()));

        assertThat(failure).isInstanceOf(InvalidAnswerException.class);
        assertThat(((InvalidAnswerException) failure).action()).isEqualTo("Heartbeat");
    }

    @Test
    void callErrorSurfacesWithCode() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V16);

        Throwable failure = failure(station.call("NoSuchAction", FrameCodecs.empty()));

        assertThat(failure).isInstanceOf(CallErrorException.class);
        assertThat(((CallErrorException) failure).errorCode()).isEqualTo("NotImplemented");
        assertThat(((CallErrorException) failure).kind()).contains(ErrorKind.NOT_IMPLEMENTED);
    }

    @Test
    void callsQueueBehindTheOneInFlight() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V16);

        List<Future<JsonNode>> calls = List.of(
                station.call("Heartbeat", FrameCodecs.empty()),
                station.call("Heartbeat", FrameCodecs.empty()),
                station.call("Heartbeat", FrameCodecs.empty()));
        for (Future<JsonNode> call : calls) {
            assertThat(result(call).has("currentTime")).isTrue();
        }
        assertThat(csms.count("CP-1", "Heartbeat")).isEqualTo(3);
    }

    @Test
    void identityIsPercentEncodedIntoTheLastSegment() throws Exception {
        StationClient station = connect("CP 1/ä:x%", OcppVersion.V16);

        assertThat(csms.requestPaths()).containsExactly("/ocpp/CP%201%2F%C3%A4%3Ax%25");
        assertThat(csms.isConnected("CP 1/ä:x%")).isTrue();
        assertThat(station.identity()).isEqualTo("CP 1/ä:x%");
    }

    @Test
    void wrongPasswordIsRefusedWith401() throws Exception {
        csms.requirePassword("CP-1", "0123456789abcdef");
        StationClientOptions options = StationClientOptions.of(csms.endpoint(), "CP-1", OcppVersion.V16);

        Throwable wrong = failure(StationClient.connect(vertx, options.withPassword("wrong-password-000")));
        Throwable missing = failure(StationClient.connect(vertx, options));
        StationClient right = result(StationClient.connect(vertx, options.withPassword("0123456789abcdef")));

        assertThat(wrong).isInstanceOf(UpgradeRejectedException.class);
        assertThat(((UpgradeRejectedException) wrong).status()).isEqualTo(401);
        assertThat(((UpgradeRejectedException) missing).status()).isEqualTo(401);
        assertThat(right.isOpen()).isTrue();
    }

    @Test
    void noSubprotocolIsRefusedWith400() throws Exception {
        StationClientOptions options = StationClientOptions.of(csms.endpoint(), "CP-1", OcppVersion.V16)
                .withSubprotocols(List.of());

        Throwable failure = failure(StationClient.connect(vertx, options));

        assertThat(((UpgradeRejectedException) failure).status()).isEqualTo(400);
    }

    @Test
    void csmsCallIsAnsweredByHandlerOrNotSupported() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V201);
        station.onCall("GetVariables", call -> Future.succeededFuture(FrameCodecs.empty().put("ok", true)));
        station.onCall("ClearCache", call -> Future.failedFuture(new OcppException(ErrorKind.SECURITY_ERROR, "no")));

        String handled = csms.sendCall("CP-1", "GetVariables", GET_HEARTBEAT_INTERVAL).get(10, TimeUnit.SECONDS);
        String refused = csms.sendCall("CP-1", "ClearCache", "{}").get(10, TimeUnit.SECONDS);
        String unsupported = csms.sendCall("CP-1", "Reset", "{\"type\":\"Immediate\"}").get(10, TimeUnit.SECONDS);
        String unknown = csms.sendCall("CP-1", "MakeCoffee", "{}").get(10, TimeUnit.SECONDS);

        assertThat(handled).isEqualTo("[3,\"csms-1\",{\"ok\":true}]");
        assertThat(refused).startsWith("[4,\"csms-2\",\"SecurityError\"");
        assertThat(unsupported).startsWith("[4,\"csms-3\",\"NotSupported\"");
        assertThat(unknown).startsWith("[4,\"csms-4\",\"NotImplemented\"");
        assertThat(result(station.nextRawMessage())).contains("GetVariables");
    }

    @Test
    void schemaInvalidCsmsCallIsRefusedBeforeTheHandler() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V201);
        station.onCall("GetVariables", call -> Future.succeededFuture(FrameCodecs.empty()));

        String answer = csms.sendCall("CP-1", "GetVariables", "{}").get(10, TimeUnit.SECONDS);

        assertThat(answer).startsWith("[4,\"csms-1\",\"OccurrenceConstraintViolation\"");
    }

    @Test
    void rawProbeAnswerArrivesAsRawMessage() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V201);

        result(station.sendRaw("not json"));

        assertThat(result(station.nextRawMessage())).startsWith("[4,\"-1\",\"RpcFrameworkError\"");
    }

    @Test
    void timeoutFailsTheCallAndLetsTheNextGo() throws Exception {
        StationClient station = result(StationClient.connect(vertx,
                StationClientOptions.of(csms.endpoint(), "CP-1", OcppVersion.V16).withCallTimeout(Duration.ofMillis(200))));
        result(station.sendRaw("[2,\"x\",\"Heartbeat\",{}]"));

        assertThat(result(station.nextRawMessage())).startsWith("[3,\"x\"");
        assertThat(result(station.call("Heartbeat", FrameCodecs.empty())).has("currentTime")).isTrue();
    }

    @Test
    void closeCompletesClosedAndFailsLaterCalls() throws Exception {
        StationClient station = connect("CP-1", OcppVersion.V16);

        result(station.close());

        assertThat(station.closed().succeeded()).isTrue();
        assertThat(station.closedByServer()).isFalse();
        assertThat(failure(station.call("Heartbeat", FrameCodecs.empty()))).isInstanceOf(ConnectionClosedException.class);
    }
}
