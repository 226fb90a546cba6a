package de.ladewerk.gateway.tls;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.UpgradeRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Security profiles 2 and 3 over real TLS: the OCA cases TC_A_04/06/07/08 (2.0.1) and TC_086/087 (1.6), the four
 * required cipher suites on one port, and a station that may not connect below its profile.
 */
class TlsSecurityProfilesIT {

    private static Path dir;
    private static GatewayHarness harness;
    private static TestPki pki;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("ladewerk-tls");
        harness = GatewayHarness.startWithTls(dir);
        pki = TestPki.read(dir);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static void register(String id, int profile) {
        harness.register(id);
        assertThat(await(harness.gateway().security().profiles().set(id, profile))).isTrue();
    }

    static JsonNode boot201(TlsStation station) throws Exception {
        return station.call("BootNotification", Map.of("reason", "PowerUp",
                "chargingStation", Map.of("model", "Wallbox", "vendorName", "Ladewerk")));
    }

    @Test
    void TC_A_04_validServerCertificate_profile2StationConnectsWithBasicAuth() throws Exception {
        register("tls-a04", 2);
        try (TlsStation station = TlsStation.connect(harness.tlsEndpoint(), "tls-a04", "ocpp2.0.1",
                GatewayHarness.PASSWORD, pki.trusting(), Map.of())) {
            assertThat(boot201(station).get("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void TC_086_validServerCertificate_16StationConnectsOverTls() throws Exception {
        register("tls-086", 2);
        try (TlsStation station = TlsStation.connect(harness.tlsEndpoint(), "tls-086", "ocpp1.6",
                GatewayHarness.PASSWORD, pki.trusting(), Map.of())) {
            JsonNode answer = station.call("BootNotification", Map.of("chargePointVendor", "Ladewerk",
                    "chargePointModel", "Wallbox"));
            assertThat(answer.get("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void serverCertificateOfAnotherCaIsNotTrustedByTheStation() {
        register("tls-untrusted-server", 2);
        Throwable failure = catchThrowable(() -> TlsStation.connect(harness.tlsEndpoint(), "tls-untrusted-server",
                "ocpp2.0.1", GatewayHarness.PASSWORD, TestPki.foreign().trusting(), Map.of()));
        assertThat(failure).isNotNull();
        assertThat(TlsStation.rejectedStatus(failure)).isEqualTo(-1); // the TLS handshake failed, no HTTP answer
    }

    @ParameterizedTest
    @CsvSource({
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, EC",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, EC",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, RSA",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, RSA",
            // A00.FR.318 / TC_086_CSMS: stations with RSA-only TLS stacks need the static-RSA GCM suites
            "TLS_RSA_WITH_AES_128_GCM_SHA256, RSA",
            "TLS_RSA_WITH_AES_256_GCM_SHA384, RSA"})
    void everyRequiredCipherSuiteIsNegotiatedWithTheMatchingServerKey(String suite, String keyAlgorithm) throws Exception {
        try (SSLSocket socket = (SSLSocket) pki.trusting().getSocketFactory()
                .createSocket("127.0.0.1", harness.gateway().tlsPort())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            assertThat(socket.getSession().getCipherSuite()).isEqualTo(suite);
            X509Certificate server = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            assertThat(server.getPublicKey().getAlgorithm()).isEqualTo(keyAlgorithm);
        }
    }

    @Test
    void TC_A_06_tlsVersionTooLowIsRefused() throws Exception {
        int port = harness.gateway().tlsPort();
        assertThat(RawClientHello.firstRecordType("127.0.0.1", port, 3))
                .as("control: the same hello as TLS 1.2 gets a ServerHello").isEqualTo(RawClientHello.HANDSHAKE);
        assertThat(RawClientHello.firstRecordType("127.0.0.1", port, 2)).as("TLS 1.1")
                .isIn(RawClientHello.ALERT, RawClientHello.CLOSED);
        assertThat(RawClientHello.firstRecordType("127.0.0.1", port, 1)).as("TLS 1.0")
                .isIn(RawClientHello.ALERT, RawClientHello.CLOSED);
    }

    @Test
    void profile2StationOverPlainWebSocketIsRefused() {
        register("tls-plain", 2);
        assertThatThrownBy(() -> harness.connect("tls-plain", OcppVersion.V201))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void profile2StationWithWrongPasswordIsRefused() {
        register("tls-wrong", 2);
        Throwable failure = catchThrowable(() -> TlsStation.connect(harness.tlsEndpoint(), "tls-wrong", "ocpp2.0.1",
                "not-the-password-at-all", pki.trusting(), Map.of()));
        assertThat(TlsStation.rejectedStatus(failure)).isEqualTo(401);
    }

    @Test
    void TC_A_07_validClientCertificate_profile3StationConnectsWithoutPassword() throws Exception {
        register("tls-a07", 3);
        try (TlsStation station = TlsStation.connect(harness.tlsEndpoint(), "tls-a07", "ocpp2.0.1", null,
                pki.withClientCertificate(pki, "tls-a07", Duration.ofDays(1)), Map.of())) {
            assertThat(boot201(station).get("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void TC_087_validClientCertificate_16StationConnects() throws Exception {
        register("tls-087", 3);
        try (TlsStation station = TlsStation.connect(harness.tlsEndpoint(), "tls-087", "ocpp1.6", null,
                pki.withClientCertificate(pki, "tls-087", Duration.ofDays(1)), Map.of())) {
            assertThat(station.call("Heartbeat", Map.of()).has("currentTime")).isTrue();
        }
    }

    @Test
    void TC_A_08_clientCertificateOfUnknownCaEndsTheConnection() {
        register("tls-a08", 3);
        Throwable failure = catchThrowable(() -> TlsStation.connect(harness.tlsEndpoint(), "tls-a08", "ocpp2.0.1",
                GatewayHarness.PASSWORD, pki.withClientCertificate(TestPki.foreign(), "tls-a08", Duration.ofDays(1)),
                Map.of()));
        assertThat(failure).isNotNull();
        assertThat(TlsStation.rejectedStatus(failure)).as("ended in TLS, before any HTTP").isEqualTo(-1);
    }

    @Test
    void TC_A_08_expiredClientCertificateEndsTheConnection() {
        register("tls-expired", 3);
        Throwable failure = catchThrowable(() -> TlsStation.connect(harness.tlsEndpoint(), "tls-expired", "ocpp2.0.1",
                GatewayHarness.PASSWORD, pki.withClientCertificate(pki, "tls-expired", Duration.ofMinutes(-10)),
                Map.of()));
        assertThat(failure).isNotNull();
        assertThat(TlsStation.rejectedStatus(failure)).isEqualTo(-1);
    }

    @Test
    void clientCertificateWhoseCnIsAnotherStationIsRefused() {
        register("tls-cn", 3);
        register("tls-cn-other", 3);
        Throwable failure = catchThrowable(() -> TlsStation.connect(harness.tlsEndpoint(), "tls-cn", "ocpp2.0.1",
                null, pki.withClientCertificate(pki, "tls-cn-other", Duration.ofDays(1)), Map.of()));
        assertThat(TlsStation.rejectedStatus(failure)).isEqualTo(401);
    }

    @Test
    void profile3StationWithoutClientCertificateIsRefusedEvenWithItsPassword() {
        register("tls-nocert", 3);
        Throwable failure = catchThrowable(() -> TlsStation.connect(harness.tlsEndpoint(), "tls-nocert", "ocpp2.0.1",
                GatewayHarness.PASSWORD, pki.trusting(), Map.of()));
        assertThat(TlsStation.rejectedStatus(failure)).isEqualTo(401);
    }

    @Test
    void profile1StationMayConnectOverTlsToo() throws Exception {
        register("tls-p1", 1);
        try (TlsStation station = TlsStation.connect(harness.tlsEndpoint(), "tls-p1", "ocpp2.0.1",
                GatewayHarness.PASSWORD, pki.trusting(), Map.of())) {
            assertThat(boot201(station).get("status").asText()).isEqualTo("Accepted");
        }
        StationClient plain = harness.connect("tls-p1", OcppVersion.V201);
        await(plain.close());
    }
}
