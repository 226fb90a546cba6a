package de.ladewerk.gateway.command;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Commands that do not end in an answer: offline, unknown station, invalid, CallError, timeout, lost connection. */
class CommandFailuresIT {

    private static GatewayHarness harness;
    private static CommandService commands;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        commands = harness.gateway().operator().commands();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void anOfflineStationFailsFastAndTheAttemptIsRecorded() throws Exception {
        harness.register("CMD-OFFLINE");
        CommandResult r = await(commands.send("CMD-OFFLINE", "Reset", json("{'type':'Soft'}"), "alice"));
        assertThat(r.status()).isEqualTo(CommandStatus.OFFLINE);
        assertThat(r.errorDescription()).contains("CMD-OFFLINE is not connected");
        assertThat(r.protocolVersion()).isNull();
        assertThat(harness.queryValue("SELECT status || '/' || requested_by || '/' || (request->>'type') "
                + "FROM ocpp.commands WHERE id = " + r.id())).isEqualTo("OFFLINE/alice/Soft");
    }

    @Test
    void anUnknownStationIsRefusedAndNothingIsRecorded() throws Exception {
        assertThatThrownBy(() -> await(commands.send("NOBODY", "Reset", json("{'type':'Soft'}"), "alice")))
                .isInstanceOf(NoSuchStationException.class).hasMessageContaining("NOBODY");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.commands WHERE station_id = 'NOBODY'")).isEqualTo(0L);
    }

    @Test
    void invalidCommandsAreRecordedButNeverSent() throws Exception {
        harness.register("CMD-INVALID");
        StationClient station = harness.connect("CMD-INVALID", OcppVersion.V16);
        AtomicInteger received = new AtomicInteger();
        station.onCall("Reset", call -> {
            received.incrementAndGet();
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });

        CommandResult badEnum = await(commands.send("CMD-INVALID", "Reset", json("{'type':'Sideways'}"), "bob"));
        CommandResult missing = await(commands.send("CMD-INVALID", "Reset", json("{}"), "bob"));
        CommandResult wrongDirection = await(commands.send("CMD-INVALID", "Heartbeat", json("{}"), "bob"));
        CommandResult otherVersion = await(commands.send("CMD-INVALID", "RequestStartTransaction",
                json("{'idToken':{'idToken':'A','type':'Central'},'remoteStartId':1}"), "bob"));
        CommandResult notAnObject = await(commands.send("CMD-INVALID", "Reset", json("[1]"), "bob"));

        assertThat(badEnum.status()).isEqualTo(CommandStatus.INVALID);
        assertThat(badEnum.errorDescription()).startsWith("invalid Reset payload: type");
        assertThat(missing.errorDescription()).contains("type");
        assertThat(wrongDirection.errorDescription()).isEqualTo("Heartbeat is not an action a CSMS sends in ocpp1.6");
        assertThat(otherVersion.status()).isEqualTo(CommandStatus.INVALID);
        assertThat(notAnObject.errorDescription()).contains("must be a JSON object");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.commands WHERE station_id = 'CMD-INVALID' "
                + "AND status = 'INVALID'")).isEqualTo(5L);

        CommandResult good = await(commands.send("CMD-INVALID", "Reset", json("{'type':'Hard'}"), "bob"));
        assertThat(good.status()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(received).as("only the valid command reached the station").hasValue(1);
        await(station.close());
    }

    @Test
    void aCallErrorIsAnOutcomeWithItsCodeAndDescription() throws Exception {
        harness.register("CMD-ERROR");
        StationClient station = harness.connect("CMD-ERROR", OcppVersion.V201);
        station.onCall("GetLocalListVersion", call ->
                Future.failedFuture(new OcppException(ErrorKind.NOT_SUPPORTED, "no local list here")));
        CommandResult r = await(commands.send("CMD-ERROR", "GetLocalListVersion", json("{}"), "carol"));
        assertThat(r.status()).isEqualTo(CommandStatus.CALL_ERROR);
        assertThat(r.errorCode()).isEqualTo("NotSupported");
        assertThat(r.errorDescription()).isEqualTo("no local list here");
        assertThat(r.response()).isNull();
        assertThat(harness.queryValue("SELECT error_code FROM ocpp.commands WHERE id = " + r.id())).isEqualTo("NotSupported");
        await(station.close());
    }

    @Test
    void aStationThatDoesNotAnswerTimesOutAndTheOutcomeIsRecorded() throws Exception {
        harness.register("CMD-SILENT");
        StationClient station = harness.connect("CMD-SILENT", OcppVersion.V16);
        station.onCall("ClearCache", call -> Promise.promise().future()); // never answers
        CommandResult r = await(commands.send("CMD-SILENT", "ClearCache", json("{}"), "dave"));
        assertThat(r.status()).isEqualTo(CommandStatus.TIMEOUT);
        assertThat(r.errorDescription()).contains("did not answer ClearCache");
        assertThat(harness.queryValue("SELECT status FROM ocpp.commands WHERE id = " + r.id())).isEqualTo("TIMEOUT");
        await(station.close());
    }

    @Test
    void aConnectionLostWhileWaitingEndsTheCommandAsOffline() throws Exception {
        harness.register("CMD-GONE");
        StationClient station = harness.connect("CMD-GONE", OcppVersion.V16);
        station.onCall("GetConfiguration", call -> {
            station.close();
            return Promise.promise().future();
        });
        CommandResult r = await(commands.send("CMD-GONE", "GetConfiguration", json("{}"), "erin"));
        assertThat(r.status()).isEqualTo(CommandStatus.OFFLINE);
        assertThat(r.errorCode()).isEqualTo("ConnectionClosed");
    }

    @Test
    void aCommandIsRecordedAsSentBeforeTheStationAnswers() throws Exception {
        harness.register("CMD-SLOW");
        StationClient station = harness.connect("CMD-SLOW", OcppVersion.V16);
        Promise<Object> answer = Promise.promise();
        station.onCall("UnlockConnector", call -> answer.future());
        Future<CommandResult> pending = commands.send("CMD-SLOW", "UnlockConnector", json("{'connectorId':1}"), "frank");
        long deadline = System.currentTimeMillis() + 10_000;
        while (harness.queryValue("SELECT status FROM ocpp.commands WHERE station_id = 'CMD-SLOW'") == null
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(harness.queryValue("SELECT status FROM ocpp.commands WHERE station_id = 'CMD-SLOW'")).isEqualTo("SENT");
        answer.complete(json("{'status':'Unlocked'}"));
        assertThat(await(pending).status()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(harness.queryValue("SELECT response->>'status' FROM ocpp.commands WHERE station_id = 'CMD-SLOW'"))
                .isEqualTo("Unlocked");
        await(station.close());
    }
}
