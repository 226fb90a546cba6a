package de.ladewerk.gateway.certificate;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.security.StationOfflineException;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's certificate commands through {@link CertificateCommands}, sent with StationConnection.call to a
 * simulated station and recorded: TC_M_01/05 and TC_075_1/2 (install), TC_M_20 and TC_076 (delete),
 * TC_M_12/18/19 (get installed ids).
 */
class CertificateCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GatewayHarness harness;
    private static CertificateCommands commands;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        commands = harness.gateway().security().certificateCommands();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static StationClient station(String id, OcppVersion version, String action, Object answer,
                                         AtomicReference<JsonNode> request) {
        harness.register(id);
        StationClient client = harness.connect(id, version);
        client.onCall(action, call -> {
            request.set(call.payload());
            return Future.succeededFuture(JSON.valueToTree(answer));
        });
        return client;
    }

    private static String root(String cn) {
        KeyPair key = KeyPairs.ec();
        return Pem.write(CertificateIssuer.selfSignedCa(key, CertificateIssuer.name(cn, "Test"), Duration.ofDays(10)));
    }

    @Test
    void TC_M_01_installCsmsRootCertificateIsRecordedAsInstalled() throws Exception {
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        StationClient client = station("cc-m01", OcppVersion.V201, "InstallCertificate", Map.of("status", "Accepted"), sent);
        String pem = root("CSMS Root");
        CertificateOperation op = await(commands.install("cc-m01", "CSMSRootCertificate", pem));
        assertThat(op.outcome()).isEqualTo("Accepted");
        assertThat(sent.get().get("certificateType").asText()).isEqualTo("CSMSRootCertificate");
        assertThat(sent.get().get("certificate").asText()).isEqualTo(pem);
        X509Certificate cert = Pem.certificates(pem).get(0);
        assertThat(harness.queryValue("SELECT serial_number || '/' || source || '/' || certificate_type "
                + "FROM ocpp.station_certificates WHERE station_id = 'cc-m01'"))
                .isEqualTo(cert.getSerialNumber().toString(16) + "/INSTALLED/CSMSRootCertificate");
        await(client.close());
    }

    @Test
    void TC_M_05_failedInstallIsRecordedButNothingIsInstalled() throws Exception {
        StationClient client = station("cc-m05", OcppVersion.V201, "InstallCertificate", Map.of("status", "Failed"),
                new AtomicReference<>());
        assertThat(await(commands.install("cc-m05", "MORootCertificate", root("MO"))).outcome()).isEqualTo("Failed");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.station_certificates WHERE station_id = 'cc-m05'")).isEqualTo(0L);
        assertThat(harness.queryValue("SELECT outcome FROM ocpp.certificate_operations WHERE station_id = 'cc-m05'"))
                .isEqualTo("Failed");
        await(client.close());
    }

    @Test
    void TC_075_2_16InstallCentralSystemRootCertificate() throws Exception {
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        StationClient client = station("cc-075", OcppVersion.V16, "InstallCertificate", Map.of("status", "Accepted"), sent);
        assertThat(await(commands.install("cc-075", "CentralSystemRootCertificate", root("CS Root"))).outcome())
                .isEqualTo("Accepted");
        assertThat(sent.get().get("certificateType").asText()).isEqualTo("CentralSystemRootCertificate");
        await(client.close());
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        AtomicReference<JsonNode> sent = new AtomicReference<>();
        StationClient client = station("cc-bad", OcppVersion.V16, "InstallCertificate", Map.of("status", "Accepted"), sent);
        assertThatThrownBy(() -> commands.install("cc-bad", "CSMSRootCertificate", root("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CentralSystemRootCertificate");
        assertThatThrownBy(() -> commands.install("cc-bad", "CentralSystemRootCertificate", "not pem"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> commands.install("cc-nobody", "CSMSRootCertificate", root("x")))
                .isInstanceOf(StationOfflineException.class);
        assertThat(sent.get()).isNull();
        await(client.close());
    }

    @Test
    void TC_M_18_and_TC_M_20_listThenDeleteACertificate() throws Exception {
        Map<String, Object> hash = Map.of("hashAlgorithm", "SHA256", "issuerNameHash", "ab12", "issuerKeyHash", "cd34",
                "serialNumber", "5f");
        harness.register("cc-m20");
        StationClient client = harness.connect("cc-m20", OcppVersion.V201);
        AtomicReference<JsonNode> asked = new AtomicReference<>();
        client.onCall("GetInstalledCertificateIds", call -> {
            asked.set(call.payload());
            return Future.succeededFuture(JSON.valueToTree(Map.of("status", "Accepted", "certificateHashDataChain",
                    List.of(Map.of("certificateType", "V2GRootCertificate", "certificateHashData", hash)))));
        });
        AtomicReference<JsonNode> deleted = new AtomicReference<>();
        client.onCall("DeleteCertificate", call -> {
            deleted.set(call.payload());
            return Future.succeededFuture(JSON.valueToTree(Map.of("status", "Accepted")));
        });
        List<InstalledCertificate> listed = await(commands.getInstalledCertificateIds("cc-m20", List.of()));
        assertThat(asked.get().has("certificateType")).as("all types: the field is left out").isFalse();
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.certificateType()).isEqualTo("V2GRootCertificate");
            assertThat(c.id().serialNumber()).isEqualTo("5f");
        });
        assertThat(await(commands.installed("cc-m20"))).hasSize(1);

        CertificateId id = listed.get(0).id();
        assertThat(await(commands.delete("cc-m20", id)).outcome()).isEqualTo("Accepted");
        assertThat(deleted.get().get("certificateHashData").get("issuerNameHash").asText()).isEqualTo("ab12");
        assertThat(await(commands.installed("cc-m20"))).isEmpty();
        assertThat(harness.queryValue("SELECT string_agg(operation || ':' || outcome, ',' ORDER BY id) "
                + "FROM ocpp.certificate_operations WHERE station_id = 'cc-m20'"))
                .isEqualTo("GetInstalledCertificateIds:Accepted,DeleteCertificate:Accepted");
        await(client.close());
    }

    @Test
    void TC_M_19_noMatchingCertificateForgetsWhatWasReportedBefore() throws Exception {
        harness.register("cc-m19");
        StationClient client = harness.connect("cc-m19", OcppVersion.V16);
        AtomicReference<String> status = new AtomicReference<>("Accepted");
        client.onCall("GetInstalledCertificateIds", call -> Future.succeededFuture(JSON.valueToTree(
                "Accepted".equals(status.get()) ? Map.of("status", "Accepted", "certificateHashData", List.of(Map.of(
                        "hashAlgorithm", "SHA256", "issuerNameHash", "aa", "issuerKeyHash", "bb", "serialNumber", "1")))
                        : Map.of("status", "NotFound"))));
        assertThat(await(commands.getInstalledCertificateIds("cc-m19", List.of("ManufacturerRootCertificate")))).hasSize(1);
        status.set("NotFound");
        assertThat(await(commands.getInstalledCertificateIds("cc-m19", List.of("ManufacturerRootCertificate")))).isEmpty();
        assertThat(await(commands.installed("cc-m19"))).isEmpty();
        assertThatThrownBy(() -> commands.getInstalledCertificateIds("cc-m19", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        await(client.close());
    }

    @Test
    void aStationThatDoesNotAnswerIsRecordedAsTimeout() throws Exception {
        harness.register("cc-silent");
        StationClient client = harness.connect("cc-silent", OcppVersion.V201);
        client.onCall("DeleteCertificate", call -> io.vertx.core.Promise.promise().future()); // never answers
        CertificateOperation op = await(commands.delete("cc-silent", new CertificateId("SHA256", "a", "b", "c")));
        assertThat(op.outcome()).isEqualTo("Timeout");
        assertThat(harness.queryValue("SELECT outcome FROM ocpp.certificate_operations WHERE station_id = 'cc-silent'"))
                .isEqualTo("Timeout");
        await(client.close());
    }
}
