package de.ladewerk.gateway.security;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.UpgradeRejectedException;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Basic-auth password rotation: TC_A_09 / TC_A_10 (2.0.1 SetVariables) and TC_073 (1.6 AuthorizationKey). */
class PasswordRotationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static StationClient reconnect(String id, OcppVersion version, String password) {
        return await(StationClient.connect(harness.vertx(), harness.options(id, version).withPassword(password)));
    }

    @Test
    void TC_A_09_acceptedPasswordIsStoredAndTheOldOneNoLongerWorks() throws Exception {
        harness.register("pw-a09");
        StationClient client = harness.connect("pw-a09", OcppVersion.V201);
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        client.onCall("SetVariables", call -> {
            sent.set(call.payload());
            JsonNode data = call.payload().get("setVariableData").get(0);
            return Future.succeededFuture(JSON.valueToTree(Map.of("setVariableResult", List.of(Map.of(
                    "attributeStatus", "Accepted", "component", data.get("component"), "variable", data.get("variable"))))));
        });
        PasswordRotation.Result result = await(harness.gateway().security().passwords().rotate("pw-a09"));
        assertThat(result.status()).isEqualTo("Accepted");
        assertThat(result.stored()).isTrue();
        JsonNode data = sent.get().get("setVariableData").get(0);
        assertThat(data.get("component").get("name").asText()).isEqualTo("SecurityCtrlr");
        assertThat(data.get("variable").get("name").asText()).isEqualTo("BasicAuthPassword");
        String password = data.get("attributeValue").asText();
        assertThat(password.length()).isBetween(16, 40);
        assertThat((String) harness.queryValue("SELECT password_hash FROM ocpp.stations WHERE id = 'pw-a09'"))
                .as("a generated secret is stored sealed (HMAC-SHA-256), not Argon2id").startsWith(SealedSecrets.PREFIX);
        await(client.close());

        assertThatThrownBy(() -> reconnect("pw-a09", OcppVersion.V201, GatewayHarness.PASSWORD))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
        await(reconnect("pw-a09", OcppVersion.V201, password).close());
    }

    @Test
    void TC_A_10_rejectedPasswordChangesNothing() throws Exception {
        harness.register("pw-a10");
        StationClient client = harness.connect("pw-a10", OcppVersion.V201);
        client.onCall("SetVariables", call -> {
            JsonNode data = call.payload().get("setVariableData").get(0);
            return Future.succeededFuture(JSON.valueToTree(Map.of("setVariableResult", List.of(Map.of(
                    "attributeStatus", "Rejected", "component", data.get("component"), "variable", data.get("variable"))))));
        });
        Object before = harness.queryValue("SELECT password_hash FROM ocpp.stations WHERE id = 'pw-a10'");
        PasswordRotation.Result result = await(harness.gateway().security().passwords().rotate("pw-a10"));
        assertThat(result.status()).isEqualTo("Rejected");
        assertThat(result.stored()).isFalse();
        assertThat(harness.queryValue("SELECT password_hash FROM ocpp.stations WHERE id = 'pw-a10'")).isEqualTo(before);
        await(client.close());
        await(reconnect("pw-a10", OcppVersion.V201, GatewayHarness.PASSWORD).close());
    }

    @Test
    void TC_073_16AuthorizationKeyIsSentAsHexAndItsTextIsTheNewPassword() throws Exception {
        harness.register("pw-073");
        StationClient client = harness.connect("pw-073", OcppVersion.V16);
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        client.onCall("ChangeConfiguration", call -> {
            sent.set(call.payload());
            return Future.succeededFuture(JSON.valueToTree(Map.of("status", "Accepted")));
        });
        assertThat(await(harness.gateway().security().passwords().rotate("pw-073")).stored()).isTrue();
        assertThat(sent.get().get("key").asText()).isEqualTo("AuthorizationKey");
        String hex = sent.get().get("value").asText();
        assertThat(hex).matches("[0-9a-f]{40}");
        String password = new String(HexFormat.of().parseHex(hex), StandardCharsets.US_ASCII);
        await(client.close());
        await(reconnect("pw-073", OcppVersion.V16, password).close());
    }

    @Test
    void generatedPasswordsDiffer() {
        PasswordRotation rotation = harness.gateway().security().passwords();
        assertThat(rotation.generate()).isNotEqualTo(rotation.generate()).hasSize(PasswordRotation.LENGTH);
    }
}
