package de.ladewerk.gateway.certificate;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.tls.TestPki;
import de.ladewerk.gateway.tls.TlsStation;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SignCertificate → Ladewerk's CA → CertificateSigned, for 2.0.1 (TC_A_11, TC_A_14) and the 1.6 security
 * extension (TC_074); the issued certificate then opens a profile-3 connection. Also the 2.0.1 requests
 * Ladewerk has no backend for (TC_M_24, TC_M_26).
 */
class SignCertificateIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GatewayHarness harness;
    private static TestPki pki;

    @BeforeAll
    static void start() throws Exception {
        var dir = Files.createTempDirectory("ladewerk-ca");
        harness = GatewayHarness.startWithTls(dir);
        pki = TestPki.read(dir);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** Connects a station that answers CertificateSigned with {@code status} and hands over the chain it got. */
    private static StationClient station(String id, OcppVersion version, String status,
                                         CompletableFuture<JsonNode> received) {
        harness.register(id);
        StationClient client = harness.connect(id, version);
        client.onCall("CertificateSigned", call -> {
            received.complete(call.payload());
            return Future.succeededFuture(JSON.valueToTree(Map.of("status", status)));
        });
        return client;
    }

    @Test
    void TC_A_11_chargingStationCertificateIsSignedAndThenOpensProfile3() throws Exception {
        CompletableFuture<JsonNode> received = new CompletableFuture<>();
        StationClient client = station("cs-a11", OcppVersion.V201, "Accepted", received);
        KeyPair key = KeyPairs.ec();
        JsonNode answer = await(client.call("SignCertificate", Map.of("csr", Csrs.pem(key, "cs-a11", "Ladewerk Test"),
                "certificateType", "ChargingStationCertificate")));
        assertThat(answer.get("status").asText()).isEqualTo("Accepted");

        JsonNode signed = received.get(15, TimeUnit.SECONDS);
        assertThat(signed.get("certificateType").asText()).isEqualTo("ChargingStationCertificate");
        List<X509Certificate> chain = Pem.certificates(signed.get("certificateChain").asText());
        X509Certificate leaf = chain.get(0);
        leaf.verify(pki.ca().getPublicKey());
        assertThat(leaf.getPublicKey()).isEqualTo(key.getPublic());
        assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=cs-a11").contains("O=Ladewerk Test");
        assertThat(chain.get(1)).isEqualTo(pki.ca());

        assertThat(harness.awaitQueryValue("SELECT source FROM ocpp.station_certificates WHERE station_id = 'cs-a11'",
                "ISSUED"::equals)).isEqualTo("ISSUED");
        assertThat(harness.queryValue("SELECT serial_number FROM ocpp.station_certificates WHERE station_id = 'cs-a11'"))
                .isEqualTo(leaf.getSerialNumber().toString(16));
        assertThat(harness.queryValue("SELECT string_agg(operation || ':' || outcome, ',' ORDER BY id) "
                + "FROM ocpp.certificate_operations WHERE station_id = 'cs-a11'"))
                .isEqualTo("SignCertificate:Accepted,CertificateSigned:Accepted");
        await(client.close());

        // the certificate is what a profile-3 connection needs
        assertThat(await(harness.gateway().security().profiles().set("cs-a11", 3))).isTrue();
        try (TlsStation tls = TlsStation.connect(harness.tlsEndpoint(), "cs-a11", "ocpp2.0.1", null,
                TlsStation.context(pki.ca(), key.getPrivate(), leaf, pki.ca()), Map.of())) {
            assertThat(tls.call("Heartbeat", Map.of()).has("currentTime")).isTrue();
        }
    }

    @Test
    void TC_074_16ChargePointCertificateIsSignedAndTheRejectionRecorded() throws Exception {
        CompletableFuture<JsonNode> received = new CompletableFuture<>();
        StationClient client = station("cs-074", OcppVersion.V16, "Rejected", received);
        JsonNode answer = await(client.call("SignCertificate", Map.of("csr", Csrs.pem(KeyPairs.rsa(), "cs-074", "Ladewerk Test"))));
        assertThat(answer.get("status").asText()).isEqualTo("Accepted");
        JsonNode signed = received.get(15, TimeUnit.SECONDS);
        assertThat(signed.has("certificateType")).as("1.6 CertificateSigned has no type").isFalse();
        assertThat(Pem.certificates(signed.get("certificateChain").asText()).get(0).getSubjectX500Principal().getName())
                .contains("CN=cs-074");
        assertThat(harness.awaitQueryValue("SELECT outcome FROM ocpp.certificate_operations WHERE station_id = 'cs-074' "
                + "AND operation = 'CertificateSigned'", "Rejected"::equals)).isEqualTo("Rejected");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.station_certificates WHERE station_id = 'cs-074'"))
                .isEqualTo(0L);
        await(client.close());
    }

    @Test
    void TC_A_14_csrForAnotherStationIsRejectedWithAReasonAndNothingIsSigned() throws Exception {
        CompletableFuture<JsonNode> received = new CompletableFuture<>();
        StationClient client = station("cs-a14", OcppVersion.V201, "Accepted", received);
        JsonNode answer = await(client.call("SignCertificate", Map.of("csr", Csrs.pem(KeyPairs.ec(), "cs-other", "X"))));
        assertThat(answer.get("status").asText()).isEqualTo("Rejected");
        assertThat(answer.get("statusInfo").get("reasonCode").asText()).isEqualTo("InvalidCSR");
        assertThat(answer.get("statusInfo").get("additionalInfo").asText()).contains("cs-other");
        assertThat(harness.queryValue("SELECT outcome FROM ocpp.certificate_operations WHERE station_id = 'cs-a14'"))
                .isEqualTo("Rejected");
        // a valid request afterwards still works, so a CertificateSigned now can only be for that one
        await(client.call("SignCertificate", Map.of("csr", Csrs.pem(KeyPairs.ec(), "cs-a14", "X"))));
        assertThat(Pem.certificates(received.get(15, TimeUnit.SECONDS).get("certificateChain").asText())).hasSize(2);
        await(client.close());
    }

    @Test
    void v2gCertificateIsRejectedSinceLadewerksCaDoesNotIssueThem() throws Exception {
        StationClient client = station("cs-v2g", OcppVersion.V201, "Accepted", new CompletableFuture<>());
        JsonNode answer = await(client.call("SignCertificate", Map.of("csr", Csrs.pem(KeyPairs.ec(), "cs-v2g", "X"),
                "certificateType", "V2GCertificate")));
        assertThat(answer.get("status").asText()).isEqualTo("Rejected");
        assertThat(answer.get("statusInfo").get("additionalInfo").asText()).contains("V2GCertificate");
        await(client.close());
    }

    @Test
    void withoutAReachableOcspResponderOrV2GBackendTheStationGetsFailedWithAReason() {
        harness.register("cs-m24");
        StationClient client = harness.connect("cs-m24", OcppVersion.V201);
        JsonNode status = await(client.call("GetCertificateStatus", Map.of("ocspRequestData", Map.of(
                "hashAlgorithm", "SHA256", "issuerNameHash", "aa", "issuerKeyHash", "bb", "serialNumber", "01",
                "responderURL", "http://127.0.0.1:1/ocsp"))));
        assertThat(status.get("status").asText()).isEqualTo("Failed");
        assertThat(status.get("statusInfo").get("reasonCode").asText()).isEqualTo("NoOcspAnswer");
        assertThat(status.get("statusInfo").get("additionalInfo").asText()).contains("not reachable");
        JsonNode ev = await(client.call("Get15118EVCertificate", Map.of("iso15118SchemaVersion", "urn:iso:15118:2:2013:MsgDef",
                "action", "Install", "exiRequest", "AAAA")));
        assertThat(ev.get("status").asText()).isEqualTo("Failed");
        assertThat(ev.get("statusInfo").get("reasonCode").asText()).isEqualTo("NoV2GBackend");
        await(client.close());
    }
}
