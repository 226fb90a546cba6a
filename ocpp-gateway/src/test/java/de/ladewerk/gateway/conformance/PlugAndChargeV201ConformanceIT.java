package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.gateway.authorization.TokenStatus;
import de.ladewerk.gateway.pnc.CertificateId;
import de.ladewerk.gateway.pnc.TestOcspResponder;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plug &amp; Charge on the CSMS side against a real OCSP responder over HTTP: contract certificates checked for
 * Authorize with local contract validation (TC_C_50 accepted, TC_C_51 rejected) and the station's own V2G
 * certificate status (TC_M_24). The responder runs on the gateway's clock (the wall clock of this JVM).
 */
class PlugAndChargeV201ConformanceIT {

    private static GatewayHarness harness;
    private static TestOcspResponder responder;
    private static StationClient cs;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        responder = new TestOcspResponder(Instant.now());
        harness.gateway().operator().tokens().create(new TokenRecord(new IdToken("DE-LDW-C12345678", IdTokenType.EMAID),
                TokenStatus.ACCEPTED, null, null, "customer-pnc", List.of(), null, null));
        harness.register("CS-PNC");
        cs = harness.connect("CS-PNC", OcppVersion.V201);
    }

    @AfterAll
    static void stop() {
        await(cs.close());
        responder.close();
        harness.close();
    }

    private static Map<String, Object> hashData(CertificateId id) {
        HexFormat hex = HexFormat.of();
        return Map.of("hashAlgorithm", "SHA256", "issuerNameHash", hex.formatHex(id.issuerNameHash()),
                "issuerKeyHash", hex.formatHex(id.issuerKeyHash()), "serialNumber", id.serialNumber().toString(16),
                "responderURL", id.responderUrl());
    }

    private static JsonNode authorize(long... serials) throws Exception {
        List<Map<String, Object>> chain = new java.util.ArrayList<>();
        for (long serial : serials) {
            chain.add(hashData(responder.idOf(serial)));
        }
        return await(cs.call("Authorize", Map.of("idToken", Map.of("idToken", "DE-LDW-C12345678", "type", "eMAID"),
                "iso15118CertificateHashData", chain)));
    }

    @Test
    void tc_c_50_contractCertificatesGoodAtTheirResponderAreAccepted() throws Exception {
        responder.good(0xC50);
        responder.good(0xC51);
        JsonNode answer = authorize(0xC50, 0xC51);
        assertThat(answer.get("certificateStatus").asText()).isEqualTo("Accepted");
        assertThat(answer.at("/idTokenInfo/status").asText()).isEqualTo("Accepted");
    }

    @Test
    void tc_c_51_aRevokedContractCertificateIsRejected() throws Exception {
        responder.good(0xA1);
        responder.revoked(0xA2);
        JsonNode answer = authorize(0xA1, 0xA2);
        assertThat(answer.get("certificateStatus").asText()).isEqualTo("CertificateRevoked");
        assertThat(answer.at("/idTokenInfo/status").asText()).as("a revoked contract does not charge").isEqualTo("Invalid");
    }

    @Test
    void aContractCertificateItsResponderDoesNotKnowIsAChainError() throws Exception {
        JsonNode answer = authorize(0xBADBAD);
        assertThat(answer.get("certificateStatus").asText()).isEqualTo("CertChainError");
        assertThat(answer.at("/idTokenInfo/status").asText()).isEqualTo("Invalid");
    }

    @Test
    void tc_m_24_theStationGetsItsCertificateStatusAsTheRespondersSignedAnswer() throws Exception {
        responder.good(0x2424);
        JsonNode answer = await(cs.call("GetCertificateStatus", Map.of("ocspRequestData", hashData(responder.idOf(0x2424)))));
        assertThat(answer.get("status").asText()).isEqualTo("Accepted");
        OCSPResp ocsp = new OCSPResp(Base64.getDecoder().decode(answer.get("ocspResult").asText()));
        assertThat(ocsp.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BasicOCSPResp basic = (BasicOCSPResp) ocsp.getResponseObject();
        assertThat(basic.getResponses()[0].getCertID().getSerialNumber().longValue()).isEqualTo(0x2424);
        assertThat(basic.getResponses()[0].getCertStatus()).as("good").isNull();
    }
}
