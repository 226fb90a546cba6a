package de.ladewerk.gateway;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.simulator.station.StationClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance against an independent strict client: the npm package {@code ocpp-rpc} in strict mode, which
 * validates every CALL and CALLRESULT against the official OCA JSON schemas of ocpp1.6 and ocpp2.0.1. Each
 * scenario is one run of {@code src/test/strict-client/probe.mjs}, which prints one line of JSON; the
 * assertions are all here. A Java bystander station stays connected for the whole class and must survive
 * every probe.
 *
 * <p>Needs {@code npm ci --prefix ocpp-gateway/src/test/strict-client} once (CI does it).
 */
class StrictClientConformanceIT {

    private static final String V16 = "ocpp1.6";
    private static final String V201 = "ocpp2.0.1";

    private static Path clientDir;
    private static GatewayHarness harness;
    private static StationClient bystander;

    @BeforeAll
    static void start() throws Exception {
        clientDir = locateClientDir();
        if (!Files.isDirectory(clientDir.resolve("node_modules").resolve("ocpp-rpc"))) {
            fail("The strict client is not installed: " + clientDir.resolve("node_modules") + " is missing. "
                    + "Run `npm ci --prefix ocpp-gateway/src/test/strict-client` from the repository root (needs Node >= 18).");
        }
        harness = GatewayHarness.start();
        for (String id : List.of("BYSTANDER", "STRICT-16-BOOT", "STRICT-201-BOOT", "STRICT-16", "STRICT-201",
                "STRICT-16-FLOW", "STRICT-201-FLOW")) {
            harness.register(id);
        }
        // the flows' tokens: Authorize answers from the token store
        harness.gateway().operator().tokens().create(de.ladewerk.gateway.authorization.TokenRecord.accepted(
                de.ladewerk.gateway.authorization.IdToken.idTag("STRICT-TAG")));
        harness.gateway().operator().tokens().create(de.ladewerk.gateway.authorization.TokenRecord.accepted(
                new de.ladewerk.gateway.authorization.IdToken("STRICT-TOKEN",
                        de.ladewerk.gateway.authorization.IdTokenType.ISO14443)));
        bystander = harness.connect("BYSTANDER", OcppVersion.V201);
        await(bystander.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
    }

    @AfterAll
    static void stop() {
        if (harness == null) {
            return;
        }
        try {
            assertThat(bystander.isOpen()).as("the strict client's probes never drop another station").isTrue();
            assertThat(await(bystander.call("Heartbeat", json("{}"))).get("currentTime").isTextual()).isTrue();
        } finally {
            harness.close();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Boot, heartbeat, status: every answer must pass ocpp-rpc's strict schema validation

    @Test
    void tc_001_coldBootChargePoint_strictClient() throws Exception {
        JsonNode out = probe("STRICT-16-BOOT", V16, "boot-heartbeat-status");
        assertCleanRun(out);
        assertThat(out.get("negotiatedProtocol").asText()).isEqualTo(V16);
        JsonNode results = out.get("results");
        assertBootAccepted(results.get("boot"));
        assertHeartbeat(results.get("heartbeat"));
        assertThat(results.get("status0").isObject()).as("StatusNotification connector 0 answered").isTrue();
        assertThat(results.get("status1").isObject()).as("StatusNotification connector 1 answered").isTrue();

        assertThat(harness.queryValue("SELECT vendor || '/' || model || '/' || serial_number || '/' || protocol_version "
                + "FROM ocpp.stations WHERE id = 'STRICT-16-BOOT' AND last_boot_at IS NOT NULL"))
                .isEqualTo("ocpp-rpc/strict-client/SN-STRICT/ocpp1.6");
        assertThat(harness.awaitQueryValue("SELECT last_heartbeat_at IS NOT NULL FROM ocpp.stations WHERE id = 'STRICT-16-BOOT'",
                Boolean.TRUE::equals)).isEqualTo(true);
        assertThat(harness.queryValue("SELECT status || '/' || protocol_status FROM ocpp.connectors "
                + "WHERE station_id = 'STRICT-16-BOOT' AND evse_id = 1 AND connector_id = 1")).isEqualTo("AVAILABLE/Available");
    }

    @Test
    void tc_b_01_coldBootChargingStationAccepted_strictClient() throws Exception {
        JsonNode out = probe("STRICT-201-BOOT", V201, "boot-heartbeat-status");
        assertCleanRun(out);
        assertThat(out.get("negotiatedProtocol").asText()).isEqualTo(V201);
        JsonNode results = out.get("results");
        assertBootAccepted(results.get("boot"));
        assertHeartbeat(results.get("heartbeat"));
        assertThat(results.get("status").isObject()).as("StatusNotification evse 1 connector 1 answered").isTrue();

        assertThat(harness.queryValue("SELECT vendor || '/' || model || '/' || serial_number || '/' || last_boot_reason "
                + "|| '/' || protocol_version FROM ocpp.stations WHERE id = 'STRICT-201-BOOT' AND last_boot_at IS NOT NULL"))
                .isEqualTo("ocpp-rpc/strict-client/SN-STRICT/PowerUp/ocpp2.0.1");
        assertThat(harness.queryValue("SELECT status || '/' || protocol_status FROM ocpp.connectors "
                + "WHERE station_id = 'STRICT-201-BOOT' AND evse_id = 1 AND connector_id = 1")).isEqualTo("AVAILABLE/Available");
    }

    // ---------------------------------------------------------------------------------------------
    // Bad input over an open connection: the exact CALLERROR, and the connection goes on

    @Test
    void malformedJson_v201_isAnsweredWithRpcFrameworkError() throws Exception {
        JsonNode out = rawProbe("STRICT-201", V201, "malformed-json");
        assertSingleCallError(out, "-1", "RpcFrameworkError");
    }

    @Test
    void malformedJson_v16_isNotAnswered() throws Exception {
        JsonNode out = rawProbe("STRICT-16", V16, "malformed-json");
        assertThat(out.get("answers")).as("1.6: no id can be read from malformed JSON, so no answer").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {V16, V201})
    void unknownActionIsAnsweredWithNotImplemented(String protocol) throws Exception {
        JsonNode out = rawProbe(probeStation(protocol), protocol, "unknown-action");
        assertSingleCallError(out, "ua-1", "NotImplemented");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {V16, V201})
    void bootNotificationMissingARequiredFieldIsAnsweredWithOccurrenceConstraintViolation(String protocol) throws Exception {
        JsonNode out = rawProbe(probeStation(protocol), protocol, "schema-invalid");
        assertThat(out.get("payloadSchemaVerdict").asText()).as("the OCA schema itself rejects the payload").isNotEqualTo("valid");
        // each version's own spelling: 1.6 keeps the one-"r" spelling (errata), 2.0.1 has two
        assertSingleCallError(out, "si-1", V16.equals(protocol) ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {V16, V201})
    void unknownMessageTypeIsAnsweredWithTheVersionsCode(String protocol) throws Exception {
        JsonNode out = rawProbe(probeStation(protocol), protocol, "unknown-message-type");
        // 2.0.1 has MessageTypeNotSupported (OCPP-J 2.0.1 §4.4); 1.6 has no such code and answers FormationViolation
        assertSingleCallError(out, "mt-1", V16.equals(protocol) ? "FormationViolation" : "MessageTypeNotSupported");
    }

    // ---------------------------------------------------------------------------------------------
    // Handshake: refused at the upgrade with the exact HTTP status

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {V16, V201})
    void tc_a_03_basicAuthenticationInvalidPassword_strictClient(String protocol) throws Exception {
        assertRefused(probe(probeStation(protocol), protocol, "wrong-password"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {V16, V201})
    void tc_a_02_basicAuthenticationUsernameIsNotTheIdentity_strictClient(String protocol) throws Exception {
        assertRefused(probe(probeStation(protocol), protocol, "username-not-identity"), 401);
    }

    @Test
    void tc_b_58_webSocketSubprotocolMissing_strictClient() throws Exception {
        assertRefused(probe("STRICT-201", V201, "no-subprotocol"), 400);
    }

    @Test
    void tc_b_58_webSocketSubprotocolUnsupported_strictClient() throws Exception {
        // the client offers only ocpp2.1, which the gateway does not speak
        assertRefused(probe("STRICT-201", "ocpp2.1", "unsupported-subprotocol"), 400);
    }

    // ---------------------------------------------------------------------------------------------
    // Main flows: the strict client charges, then answers the CSMS's commands (sent through the command
    // service); ocpp-rpc validates our answers to it and our requests to it against the OCA schemas

    @Test
    void tc_003_010_012_014_019_021_056_mainFlowV16_strictClient() throws Exception {
        String id = "STRICT-16-FLOW";
        JsonNode out = flow(id, V16, ready -> {
            int tx = ready.get("transactionId").asInt();
            accepted(id, "RemoteStartTransaction", "{'connectorId':1,'idTag':'STRICT-TAG'}");
            accepted(id, "RemoteStopTransaction", "{'transactionId':" + tx + "}");
            accepted(id, "Reset", "{'type':'Soft'}");
            JsonNode config = command(id, "GetConfiguration", "{'key':['HeartbeatInterval','NoSuchKey']}").response();
            assertThat(config.get("unknownKey").get(0).asText()).isEqualTo("NoSuchKey");
            accepted(id, "ChangeConfiguration", "{'key':'HeartbeatInterval','value':'120'}");
            accepted(id, "SetChargingProfile", "{'connectorId':1,'csChargingProfiles':{'chargingProfileId':7,"
                    + "'stackLevel':0,'chargingProfilePurpose':'TxDefaultProfile','chargingProfileKind':'Absolute',"
                    + "'chargingSchedule':{'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,'limit':16.0}]}}}");
            awaitQuery("SELECT status = 'ENDED' FROM ocpp.sessions WHERE station_id = '" + id
                    + "' AND transaction_id = '" + tx + "'");
        });
        assertCleanRun(out);
        JsonNode results = out.get("results");
        assertBootAccepted(results.get("boot"));
        assertThat(results.at("/authorize/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(results.at("/start/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(results.at("/stop/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(results.get("stop2").isObject()).as("the remote stop's StopTransaction was answered").isTrue();
        assertThat(out.get("csmsCalls")).extracting(c -> c.get("method").asText()).containsExactly(
                "RemoteStartTransaction", "RemoteStopTransaction", "Reset", "GetConfiguration", "ChangeConfiguration",
                "SetChargingProfile");
        int tx = results.at("/start/transactionId").asInt();
        assertThat(harness.queryValue("SELECT status || '/' || meter_start_wh::int || '/' || meter_stop_wh::int FROM "
                + "ocpp.sessions WHERE station_id = '" + id + "' AND transaction_id = '" + tx + "'")).isEqualTo("ENDED/1000/4000");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.commands WHERE station_id = '" + id
                + "' AND status = 'ANSWERED'")).isEqualTo(6L);
        assertThat(harness.queryValue("SELECT a.value FROM ocpp.device_variable_attributes a WHERE station_id = '" + id
                + "' AND component = 'OCPP16' AND variable = 'HeartbeatInterval'")).isEqualTo("300");
    }

    @Test
    void tc_e_04_f_01_b_20_b_06_b_09_k_01_mainFlowV201_strictClient() throws Exception {
        String id = "STRICT-201-FLOW";
        JsonNode out = flow(id, V201, ready -> {
            accepted(id, "RequestStartTransaction", "{'idToken':{'idToken':'STRICT-TOKEN','type':'ISO14443'},"
                    + "'remoteStartId':11,'evseId':1}");
            accepted(id, "RequestStopTransaction", "{'transactionId':'" + ready.get("transactionId").asText() + "'}");
            accepted(id, "Reset", "{'type':'OnIdle'}");
            JsonNode got = command(id, "GetVariables", "{'getVariableData':[{'component':{'name':'OCPPCommCtrlr'},"
                    + "'variable':{'name':'HeartbeatInterval'}}]}").response();
            assertThat(got.at("/getVariableResult/0/attributeValue").asText()).isEqualTo("300");
            JsonNode set = command(id, "SetVariables", "{'setVariableData':[{'attributeValue':'120',"
                    + "'component':{'name':'OCPPCommCtrlr'},'variable':{'name':'HeartbeatInterval'}}]}").response();
            assertThat(set.at("/setVariableResult/0/attributeStatus").asText()).isEqualTo("Accepted");
            accepted(id, "SetChargingProfile", "{'evseId':1,'chargingProfile':{'id':9,'stackLevel':0,"
                    + "'chargingProfilePurpose':'TxDefaultProfile','chargingProfileKind':'Absolute','chargingSchedule':"
                    + "[{'id':1,'chargingRateUnit':'W','chargingSchedulePeriod':[{'startPeriod':0,'limit':7400.0}]}]}}");
            awaitQuery("SELECT status = 'ENDED' FROM ocpp.sessions WHERE station_id = '" + id
                    + "' AND transaction_id = 'STRICT-TX-2'");
        });
        assertCleanRun(out);
        JsonNode results = out.get("results");
        assertBootAccepted(results.get("boot"));
        assertThat(results.at("/authorize/idTokenInfo/status").asText()).isEqualTo("Accepted");
        for (String event : List.of("started", "updated", "ended", "started2", "ended2")) {
            assertThat(results.get(event).isObject()).as("TransactionEvent %s answered", event).isTrue();
        }
        assertThat(out.get("csmsCalls")).extracting(c -> c.get("method").asText()).containsExactly(
                "RequestStartTransaction", "RequestStopTransaction", "Reset", "GetVariables", "SetVariables",
                "SetChargingProfile");
        assertThat(harness.queryValue("SELECT status || '/' || meter_start_wh::int || '/' || meter_stop_wh::int "
                + "|| '/' || stop_reason FROM ocpp.sessions WHERE station_id = '" + id
                + "' AND transaction_id = 'STRICT-TX-1'")).isEqualTo("ENDED/1000/4000/Local");
        assertThat(harness.queryValue("SELECT stop_reason FROM ocpp.sessions WHERE station_id = '" + id
                + "' AND transaction_id = 'STRICT-TX-2'")).isEqualTo("Remote");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.commands WHERE station_id = '" + id
                + "' AND status = 'ANSWERED'")).isEqualTo(6L);
    }

    private static de.ladewerk.gateway.command.CommandResult command(String id, String action, String payload) {
        de.ladewerk.gateway.command.CommandResult r = await(harness.gateway().operator().commands()
                .send(id, action, json(payload), "strict-client-test"));
        assertThat(r.status()).as("%s: %s %s", action, r.errorCode(), r.errorDescription())
                .isEqualTo(de.ladewerk.gateway.command.CommandStatus.ANSWERED);
        return r;
    }

    private static void accepted(String id, String action, String payload) {
        assertThat(command(id, action, payload).response().get("status").asText()).as(action).isEqualTo("Accepted");
    }

    private static void awaitQuery(String booleanSql) {
        long deadline = System.currentTimeMillis() + 20_000;
        try {
            while (!Boolean.TRUE.equals(harness.queryValue(booleanSql))) {
                assertThat(System.currentTimeMillis()).as("not within 20 s: %s", booleanSql).isLessThan(deadline);
                Thread.sleep(50);
            }
        } catch (java.sql.SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the Java side does while the strict client waits for calls; gets the probe's READY payload. */
    @FunctionalInterface
    private interface CsmsSide {
        void run(JsonNode ready) throws Exception;
    }

    /** Runs the "flow" scenario: waits for READY on the probe's stderr, runs the CSMS side, then says done. */
    private static JsonNode flow(String identity, String protocol, CsmsSide csms) throws Exception {
        Path stdout = Files.createTempFile("strict-flow", ".out");
        Path stderr = Files.createTempFile("strict-flow", ".err");
        Process process = new ProcessBuilder("node", "probe.mjs", harness.endpoint().toString(), identity,
                GatewayHarness.PASSWORD, protocol, "flow")
                .directory(clientDir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            String ready = null;
            while (ready == null) {
                ready = read(stderr).lines().filter(l -> l.startsWith("READY ")).findFirst().orElse(null);
                if (ready == null) {
                    if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                        fail("the strict client never got ready; stdout: %s; stderr: %s", read(stdout), read(stderr));
                    }
                    Thread.sleep(50);
                }
            }
            harness.awaitRegistered(identity);
            csms.run(OcppJson.mapper().readTree(ready.substring("READY ".length())));
            process.getOutputStream().write("done\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                fail("the strict client did not finish; stderr: %s", read(stderr));
            }
            String text = read(stdout).strip();
            System.out.println("[strict-client] flow " + protocol + " " + identity + " -> " + text);
            JsonNode out = OcppJson.mapper().readTree(text);
            assertThat(out.get("ok").asBoolean()).as("probe ran to its end: %s; stderr: %s", out, read(stderr)).isTrue();
            return out;
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static String probeStation(String protocol) {
        return V16.equals(protocol) ? "STRICT-16" : "STRICT-201";
    }

    private static void assertBootAccepted(JsonNode boot) {
        assertThat(boot.get("status").asText()).isEqualTo("Accepted");
        assertThat(boot.get("interval").asInt()).isEqualTo(300);
        assertThat(Instant.parse(boot.get("currentTime").asText()))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    }

    private static void assertHeartbeat(JsonNode heartbeat) {
        assertThat(Instant.parse(heartbeat.get("currentTime").asText()))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    }

    /** Ran to the end, connected, every call answered, nothing schema-invalid or malformed from the gateway. */
    private static void assertCleanRun(JsonNode out) {
        assertThat(out.get("connected").asBoolean()).as("connected: %s", out).isTrue();
        assertThat(out.get("strictValidationFailures")).as("the gateway sent something the OCA schemas reject").isEmpty();
        assertThat(out.get("frameProblems")).as("malformed frames from the gateway").isEmpty();
        assertThat(out.get("callErrors")).as("calls that failed").isEmpty();
        assertThat(out.get("inboundCalls")).as("unexpected CALLs from the gateway").isEmpty();
        assertThat(out.get("closedByServer").isNull()).as("the gateway closed the connection: %s", out.get("closedByServer")).isTrue();
        assertThat(out.get("stillOpenAtEnd").asBoolean()).isTrue();
    }

    /** A bad frame after an accepted boot; the Heartbeat after it proves the connection goes on. */
    private static JsonNode rawProbe(String identity, String protocol, String scenario) throws Exception {
        JsonNode out = probe(identity, protocol, scenario);
        assertCleanRun(out);
        assertThat(out.get("results").get("boot").get("status").asText()).isEqualTo("Accepted");
        assertThat(out.get("results").get("heartbeatAfter").get("currentTime").isTextual())
                .as("the connection is still served after the bad frame").isTrue();
        return out;
    }

    private static void assertSingleCallError(JsonNode out, String messageId, String errorCode) {
        JsonNode answers = out.get("answers");
        assertThat(answers).as("answers to %s", out.get("sent")).hasSize(1);
        JsonNode frame = answers.get(0).get("frame");
        assertThat(frame).as("answer %s", answers.get(0).get("text")).isNotNull();
        assertThat(frame.isArray()).isTrue();
        assertThat(frame.get(0).asInt()).isEqualTo(4);
        assertThat(frame.get(1).asText()).isEqualTo(messageId);
        assertThat(frame.get(2).asText()).as("error code for %s", out.get("sent")).isEqualTo(errorCode);
    }

    private static void assertRefused(JsonNode out, int status) {
        assertThat(out.get("connected").asBoolean()).as("the upgrade must be refused: %s", out).isFalse();
        assertThat(out.get("httpStatus").asInt()).as("HTTP status: %s", out.get("connectError")).isEqualTo(status);
    }

    /** Runs one scenario of probe.mjs and returns its JSON line. */
    private static JsonNode probe(String identity, String protocol, String scenario) throws Exception {
        Path stdout = Files.createTempFile("strict-client", ".out");
        Path stderr = Files.createTempFile("strict-client", ".err");
        try {
            Process process = new ProcessBuilder("node", "probe.mjs", harness.endpoint().toString(), identity,
                    GatewayHarness.PASSWORD, protocol, scenario)
                    .directory(clientDir.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                fail("probe %s %s did not finish within 30 s; stdout: %s; stderr: %s", scenario, protocol,
                        read(stdout), read(stderr));
            }
            String text = read(stdout);
            if (process.exitValue() != 0) {
                fail("probe %s %s crashed with exit code %d; stdout: %s; stderr: %s", scenario, protocol,
                        process.exitValue(), text, read(stderr));
            }
            System.out.println("[strict-client] " + scenario + " " + protocol + " " + identity + " -> " + text.strip());
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as("probe prints exactly one line; stderr: %s", read(stderr)).hasSize(1);
            JsonNode out = OcppJson.mapper().readTree(lines.get(0));
            assertThat(out.get("ok").asBoolean()).as("probe ran to its end: %s", out).isTrue();
            assertThat(out.get("scenario").asText()).isEqualTo(scenario);
            return out;
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Path locateClientDir() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(cwd.resolve("src/test/strict-client"), cwd.resolve("ocpp-gateway/src/test/strict-client"))) {
            if (Files.isRegularFile(candidate.resolve("probe.mjs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find src/test/strict-client/probe.mjs from " + cwd);
    }
}
