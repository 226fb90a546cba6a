package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.tls.TestPki;
import de.ladewerk.gateway.tls.TlsStation;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.UpgradeRejectedException;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security-profile upgrades sent as plain commands through the command service, as an operator would through
 * {@code POST /api/commands}: TC_083 (1.6 ChangeConfiguration SecurityProfile) and TC_A_19 (2.0.1
 * SetNetworkProfile). Accepted, the profile is pending; the station's first connection with it (TLS, Basic
 * auth: profile 2) makes it the station's profile, below which it may no longer connect.
 */
class SecurityProfileCommandConformanceIT {

    private static GatewayHarness harness;
    private static TestPki pki;

    @BeforeAll
    static void start() throws Exception {
        var dir = Files.createTempDirectory("ladewerk-profile-command");
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

    private static CommandResult send(String id, String action, String payload) {
        return await(harness.gateway().operator().commands().send(id, action, json(payload), "conformance"));
    }

    private static StationClient answering(String id, OcppVersion version, String action, String status) {
        harness.register(id);
        StationClient c = harness.connect(id, version);
        c.onCall(action, call -> Future.succeededFuture(json("{'status':'" + status + "'}")));
        return c;
    }

    /** Connects over TLS with Basic auth (profile 2) and makes one call; the upgrade is applied then. */
    private static void reconnectWithProfile2(String id, String subprotocol) throws Exception {
        try (TlsStation tls = TlsStation.connect(harness.tlsEndpoint(), id, subprotocol, GatewayHarness.PASSWORD,
                pki.trusting(), Map.of())) {
            assertThat(tls.call("Heartbeat", Map.of()).has("currentTime")).isTrue();
        }
    }

    @Test
    void tc_083_changeConfigurationSecurityProfileAcceptedIsPendingUntilTheStationReconnectsWithIt() throws Exception {
        StationClient cp = answering("CP-083", OcppVersion.V16, "ChangeConfiguration", "Accepted");
        send("CP-083", "ChangeConfiguration", "{'key':'HeartbeatInterval','value':'60'}");
        assertThat(profile("CP-083")).as("another key is no upgrade").isEqualTo("1/-");

        assertThat(send("CP-083", "ChangeConfiguration", "{'key':'SecurityProfile','value':'2'}").accepted()).isTrue();
        assertThat(profile("CP-083")).isEqualTo("1/2");
        await(cp.close());

        reconnectWithProfile2("CP-083", "ocpp1.6");
        assertThat(profile("CP-083")).isEqualTo("2/-");
        assertThatThrownBy(() -> harness.connect("CP-083", OcppVersion.V16))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void tc_083_aRejectedSecurityProfileChangeLeavesNothingPending() throws Exception {
        StationClient cp = answering("CP-083-R", OcppVersion.V16, "ChangeConfiguration", "Rejected");
        send("CP-083-R", "ChangeConfiguration", "{'key':'SecurityProfile','value':'2'}");
        assertThat(profile("CP-083-R")).isEqualTo("1/-");
        await(cp.close());
    }

    @Test
    void tc_a_19_setNetworkProfileAcceptedIsPendingUntilTheStationReconnectsWithIt() throws Exception {
        StationClient cs = answering("CS-A19", OcppVersion.V201, "SetNetworkProfile", "Accepted");
        CommandResult r = send("CS-A19", "SetNetworkProfile", "{'configurationSlot':1,'connectionData':{"
                + "'ocppVersion':'OCPP20','ocppTransport':'JSON','ocppCsmsUrl':'" + harness.tlsEndpoint()
                + "','messageTimeout':30,'securityProfile':2,'ocppInterface':'Wired0'}}");
        assertThat(r.accepted()).isTrue();
        assertThat(profile("CS-A19")).isEqualTo("1/2");
        await(cs.close());

        // a plain connection (a fallback) is still allowed until the station has connected with the new profile
        await(harness.connect("CS-A19", OcppVersion.V201).close());
        assertThat(profile("CS-A19")).isEqualTo("1/2");
        reconnectWithProfile2("CS-A19", "ocpp2.0.1");
        assertThat(profile("CS-A19")).isEqualTo("2/-");
    }
}
