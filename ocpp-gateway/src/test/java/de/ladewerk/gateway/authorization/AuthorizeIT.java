package de.ladewerk.gateway.authorization;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authorize over a real WebSocket, answered from the token store, for 1.6 (TC_023_*) and 2.0.1 (TC_C_*). */
class AuthorizeIT {

    private static final Instant LATER = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private static GatewayHarness harness;
    private static StationClient cp16;
    private static StationClient cs201;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        TokenRepository tokens = harness.gateway().operator().tokens();
        tokens.create(token(new IdToken("FLEET-OK", IdTokenType.CENTRAL), TokenStatus.ACCEPTED, null, null));
        tokens.create(token(new IdToken("FLEET-BLOCKED", IdTokenType.CENTRAL), TokenStatus.BLOCKED, null, null));
        tokens.create(token(IdToken.idTag("TAG-OK"), TokenStatus.ACCEPTED, LATER, new IdToken("FLEET-OK", IdTokenType.CENTRAL)));
        tokens.create(token(new IdToken("04A1B2C3", IdTokenType.ISO14443), TokenStatus.ACCEPTED, null, null));
        tokens.create(token(IdToken.idTag("TAG-BLOCKED"), TokenStatus.BLOCKED, null, null));
        tokens.create(token(IdToken.idTag("TAG-EXPIRED"), TokenStatus.ACCEPTED, Instant.parse("2020-01-01T00:00:00Z"), null));
        tokens.create(token(IdToken.idTag("TAG-IN-BLOCKED-FLEET"), TokenStatus.ACCEPTED, null,
                new IdToken("FLEET-BLOCKED", IdTokenType.CENTRAL)));
        tokens.create(token(new IdToken("DE-LDW-C00000001", IdTokenType.EMAID), TokenStatus.ACCEPTED, LATER,
                new IdToken("FLEET-OK", IdTokenType.CENTRAL)));
        harness.register("AUTH-16");
        harness.register("AUTH-201");
        cp16 = harness.connect("AUTH-16", OcppVersion.V16);
        cs201 = harness.connect("AUTH-201", OcppVersion.V201);
    }

    @AfterAll
    static void stop() {
        await(cp16.close());
        await(cs201.close());
        harness.close();
    }

    private static TokenRecord token(IdToken t, TokenStatus status, Instant expires, IdToken parent) {
        return new TokenRecord(t, status, expires, parent, "customer-1", List.of(), null, null);
    }

    private static JsonNode authorize16(String tag) throws Exception {
        return await(cp16.call("Authorize", json("{'idTag':'" + tag + "'}"))).get("idTagInfo");
    }

    private static JsonNode authorize201(String token, String type) throws Exception {
        return await(cs201.call("Authorize", json("{'idToken':{'idToken':'" + token + "','type':'" + type + "'}}")));
    }

    @Test
    void acceptedIdTagWithExpiryAndParent() throws Exception {
        JsonNode info = authorize16("TAG-OK");
        assertThat(info.get("status").asText()).isEqualTo("Accepted");
        assertThat(Instant.parse(info.get("expiryDate").asText())).isEqualTo(LATER);
        assertThat(info.get("parentIdTag").asText()).isEqualTo("FLEET-OK");
    }

    @Test
    void aV16IdTagMatchesAnIso14443TokenOfTheSameValue() throws Exception {
        assertThat(authorize16("04A1B2C3").get("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void tc_023_1_authorizeInvalid() throws Exception {
        JsonNode info = authorize16("NOBODY-KNOWS");
        assertThat(info.get("status").asText()).isEqualTo("Invalid");
        assertThat(info.has("expiryDate")).isFalse();
    }

    @Test
    void tc_023_2_authorizeExpired() throws Exception {
        assertThat(authorize16("TAG-EXPIRED").get("status").asText()).isEqualTo("Expired");
    }

    @Test
    void tc_023_3_authorizeBlocked() throws Exception {
        assertThat(authorize16("TAG-BLOCKED").get("status").asText()).isEqualTo("Blocked");
        assertThat(authorize16("TAG-IN-BLOCKED-FLEET").get("status").asText())
                .as("a blocked parent blocks its children").isEqualTo("Blocked");
    }

    @Test
    void blockingATokenTakesEffectOnTheNextAuthorize() throws Exception {
        TokenRepository tokens = harness.gateway().operator().tokens();
        tokens.create(token(IdToken.idTag("TAG-SOON-BLOCKED"), TokenStatus.ACCEPTED, null, null));
        assertThat(authorize16("TAG-SOON-BLOCKED").get("status").asText()).isEqualTo("Accepted");
        TokenRecord t = tokens.find(IdToken.idTag("TAG-SOON-BLOCKED")).orElseThrow();
        tokens.update(new TokenRecord(t.token(), TokenStatus.BLOCKED, t.expiresAt(), t.parent(), t.customerRef(),
                t.additionalInfo(), null, null));
        assertThat(authorize16("TAG-SOON-BLOCKED").get("status").asText()).isEqualTo("Blocked");
    }

    @Test
    void tc_c_02_authorizationInvalidUnknown() throws Exception {
        JsonNode answer = authorize201("UNKNOWN-1", "ISO14443");
        assertThat(answer.at("/idTokenInfo/status").asText()).isEqualTo("Invalid");
        assertThat(answer.has("certificateStatus")).isFalse();
    }

    @Test
    void tc_c_06_authorizationBlocked() throws Exception {
        assertThat(authorize201("TAG-BLOCKED", "ISO14443").at("/idTokenInfo/status").asText()).isEqualTo("Blocked");
    }

    @Test
    void tc_c_07_authorizationExpired() throws Exception {
        assertThat(authorize201("TAG-EXPIRED", "ISO14443").at("/idTokenInfo/status").asText()).isEqualTo("Expired");
    }

    @Test
    void tc_c_39_authorizationByGroupIdSuccess() throws Exception {
        JsonNode info = authorize201("DE-LDW-C00000001", "eMAID").get("idTokenInfo");
        assertThat(info.get("status").asText()).isEqualTo("Accepted");
        assertThat(Instant.parse(info.get("cacheExpiryDateTime").asText())).isEqualTo(LATER);
        assertThat(info.at("/groupIdToken/idToken").asText()).isEqualTo("FLEET-OK");
        assertThat(info.at("/groupIdToken/type").asText()).isEqualTo("Central");
    }

    @Test
    void aTokenOfAnotherTypeWithTheSameValueIsNotTheSameToken() throws Exception {
        assertThat(authorize201("04A1B2C3", "KeyCode").at("/idTokenInfo/status").asText()).isEqualTo("Invalid");
        assertThat(authorize201("04A1B2C3", "ISO14443").at("/idTokenInfo/status").asText()).isEqualTo("Accepted");
    }

    @Test
    void contractDataWhoseResponderDoesNotAnswerLeavesTheDecisionToTheStationsPolicy() throws Exception {
        // nothing listens on port 1: the responder cannot be asked
        JsonNode answer = await(cs201.call("Authorize", json("{'idToken':{'idToken':'DE-LDW-C00000001','type':'eMAID'},"
                + "'iso15118CertificateHashData':[{'hashAlgorithm':'SHA256','issuerNameHash':'a1','issuerKeyHash':'b2',"
                + "'serialNumber':'c3','responderURL':'http://127.0.0.1:1/ocsp'}]}")));
        assertThat(answer.get("certificateStatus").asText()).isEqualTo("NoCertificateAvailable");
        assertThat(answer.at("/idTokenInfo/status").asText()).isEqualTo("Accepted");
    }
}
