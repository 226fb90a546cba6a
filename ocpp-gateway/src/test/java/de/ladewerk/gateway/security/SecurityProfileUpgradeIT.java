package de.ladewerk.gateway.security;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.tls.TestPki;
import de.ladewerk.gateway.tls.TlsStation;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.v201.provisioning.NetworkConnectionProfile;
import de.ladewerk.ocpp.v201.provisioning.NetworkOcppVersion;
import de.ladewerk.ocpp.v201.provisioning.OcppInterface;
import de.ladewerk.ocpp.v201.provisioning.OcppTransport;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.UpgradeRejectedException;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security profile upgrades: TC_A_19 (2.0.1 SetNetworkProfile) and TC_083 (1.6 ChangeConfiguration SecurityProfile).
 * The new profile is pending until the station connects meeting it; from then on it may not connect below it.
 */
class SecurityProfileUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GatewayHarness harness;
    private static TestPki pki;

    @BeforeAll
    static void start() throws Exception {
        var dir = Files.createTempDirectory("ladewerk-upgrade");
        harness = GatewayHarness.startWithTls(dir);
        pki = TestPki.read(dir);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static Object profile(String id) throws Exception {
        return harness.queryValue("SELECT security_profile || '/' || coalesce(pending_security_profile::text, '-') "
                + "FROM ocpp.stations WHERE id = '" + id + "'");
    }

    @Test
    void TC_A_19_setNetworkProfileAcceptedThenTlsConnectionCompletesTheUpgrade() throws Exception {
        harness.register("up-a19");
        StationClient client = harness.connect("up-a19", OcppVersion.V201);
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        client.onCall("SetNetworkProfile", call -> {
            sent.set(call.payload());
            return Future.succeededFuture(JSON.valueToTree(Map.of("status", "Accepted")));
        });
        NetworkConnectionProfile connection = new NetworkConnectionProfile(null, NetworkOcppVersion.OCPP20, OcppTransport.JSON,
                harness.tlsEndpoint().toString(), 30, 2, OcppInterface.Wired0, null);
        SecurityProfiles.Upgrade upgrade = await(harness.gateway().security().profiles().upgrade201("up-a19", 1, connection));
        assertThat(upgrade.status()).isEqualTo("Accepted");
        assertThat(upgrade.pending()).isTrue();
        assertThat(sent.get().get("connectionData").get("securityProfile").asInt()).isEqualTo(2);
        assertThat(profile("up-a19")).isEqualTo("1/2");
        await(client.close());

        // still allowed on plain ws until it has connected with the new profile (a fallback must not lock it out)
        await(harness.connect("up-a19", OcppVersion.V201).close());
        try (TlsStation tls = TlsStation.connect(harness.tlsEndpoint(), "up-a19", "ocpp2.0.1", GatewayHarness.PASSWORD,
                pki.trusting(), Map.of())) {
            assertThat(tls.call("Heartbeat", Map.of()).has("currentTime")).isTrue();
        }
        assertThat(profile("up-a19")).isEqualTo("2/-");
        assertThatThrownBy(() -> harness.connect("up-a19", OcppVersion.V201))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void TC_083_16SecurityProfileChangeRejectedLeavesNothingPending() throws Exception {
        harness.register("up-083");
        StationClient client = harness.connect("up-083", OcppVersion.V16);
        AtomicReference<String> answer = new AtomicReference<>("Rejected");
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        client.onCall("ChangeConfiguration", call -> {
            sent.set(call.payload());
            return Future.succeededFuture(JSON.valueToTree(Map.of("status", answer.get())));
        });
        SecurityProfiles profiles = harness.gateway().security().profiles();
        assertThat(await(profiles.upgrade16("up-083", 2)).pending()).isFalse();
        assertThat(profile("up-083")).isEqualTo("1/-");
        answer.set("Accepted");
        assertThat(await(profiles.upgrade16("up-083", 2)).pending()).isTrue();
        assertThat(sent.get().get("key").asText()).isEqualTo("SecurityProfile");
        assertThat(sent.get().get("value").asText()).isEqualTo("2");
        assertThat(profile("up-083")).isEqualTo("1/2");
        assertThatThrownBy(() -> profiles.upgrade16("up-083", 1)).isInstanceOf(IllegalArgumentException.class);
        await(client.close());
    }
}
