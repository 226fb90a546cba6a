package de.ladewerk.app.api;

import static de.ladewerk.app.api.CommandApiHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.app.api.CommandApiHarness.Answer;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registering, approving, rejecting stations and changing their passwords through the API, id tokens too. */
class StationAdminRoutesIT {

    private static CommandApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = new CommandApiHarness();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void registerRefusesDuplicatesBadIdsAndShortPasswords() throws Exception {
        Answer created = api.post("/api/stations", "{'id':'ADM-1','password':'" + CommandApiHarness.PASSWORD
                + "','status':'pending'}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("registrationStatus").asText()).isEqualTo("PENDING");
        assertThat(api.post("/api/stations", "{'id':'ADM-1'}").status()).isEqualTo(409);
        assertThat(api.post("/api/stations", "{'id':'a/b'}").status()).isEqualTo(400);
        assertThat(api.post("/api/stations", "{'id':'ADM-2','password':'short'}").body().at("/error/message").asText())
                .contains("16 to 40 characters");
        assertThat(api.post("/api/stations", "{'id':'ADM-3','status':'MAYBE'}").status()).isEqualTo(400);
    }

    @Test
    void tc_073_approveRejectAndANewPasswordTakeEffect() throws Exception {
        assertThat(api.post("/api/stations", "{'id':'ADM-PW','password':'" + CommandApiHarness.PASSWORD
                + "','status':'PENDING'}").status()).isEqualTo(201);
        assertThat(api.post("/api/stations/ADM-PW/approve", null).body().get("registrationStatus").asText())
                .isEqualTo("ACCEPTED");
        assertThat(api.get("/api/stations/ADM-PW").body().get("registrationStatus").asText()).isEqualTo("ACCEPTED");
        assertThat(api.post("/api/stations/ADM-PW/reject", null).status()).isEqualTo(200);
        assertThat(api.get("/api/stations/ADM-PW").body().get("registrationStatus").asText()).isEqualTo("REJECTED");
        assertThat(api.post("/api/stations/NOBODY/approve", null).status()).isEqualTo(404);
        api.post("/api/stations/ADM-PW/approve", null);

        String newPassword = "a-brand-new-password-2026";
        assertThat(api.send("PUT", "/api/stations/ADM-PW/password", "{'password':'" + newPassword + "'}").status())
                .isEqualTo(204);
        assertThat(api.send("PUT", "/api/stations/ADM-PW/password", "{'password':'x'}").status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/stations/NOBODY/password", "{'password':'" + newPassword + "'}").status())
                .isEqualTo(404);
        StationClient cp = api.connect("ADM-PW", OcppVersion.V16, newPassword);
        await(cp.close());
        assertThatThrownBy(() -> api.connect("ADM-PW", OcppVersion.V16, CommandApiHarness.PASSWORD))
                .as("the old password no longer opens a connection").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void idTokensAreCreatedReadBlockedAndExpired() throws Exception {
        assertThat(api.post("/api/id-tokens", "{'value':'FLEET-9','type':'Central'}").status()).isEqualTo(201);
        Answer card = api.post("/api/id-tokens", "{'value':'CARD-9','type':'ISO14443','customerRef':'K-77',"
                + "'parent':{'type':'CENTRAL','value':'FLEET-9'},'expiresAt':'2030-01-01T00:00:00Z',"
                + "'additionalInfo':[{'additionalIdToken':'DE-LDW-123','type':'contract'}]}");
        assertThat(card.status()).isEqualTo(201);
        assertThat(card.body().at("/parent/value").asText()).isEqualTo("FLEET-9");
        assertThat(card.body().at("/additionalInfo/0/additionalIdToken").asText()).isEqualTo("DE-LDW-123");
        assertThat(api.post("/api/id-tokens", "{'value':'CARD-9','type':'ISO14443'}").status()).isEqualTo(409);
        assertThat(api.post("/api/id-tokens", "{'value':'CARD-X','type':'RFID'}").status()).isEqualTo(400);
        assertThat(api.post("/api/id-tokens", "{'value':'CARD-Y','type':'ISO14443','parent':{'type':'CENTRAL',"
                + "'value':'NO-FLEET'}}").body().at("/error/message").asText()).contains("does not exist");

        Answer blocked = api.send("PATCH", "/api/id-tokens/iso14443/CARD-9", "{'status':'blocked','expiresAt':null}");
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body().get("status").asText()).isEqualTo("BLOCKED");
        assertThat(blocked.body().get("expiresAt").isNull()).isTrue();
        assertThat(blocked.body().get("customerRef").asText()).as("untouched").isEqualTo("K-77");
        assertThat(api.send("PATCH", "/api/id-tokens/ISO14443/CARD-9", "{'status':'unknown'}").status()).isEqualTo(400);
        assertThat(api.send("PATCH", "/api/id-tokens/ISO14443/NOBODY", "{'status':'BLOCKED'}").status()).isEqualTo(404);
        assertThat(api.get("/api/id-tokens/ISO14443/CARD-9").body().get("status").asText()).isEqualTo("BLOCKED");
        assertThat(api.get("/api/id-tokens?limit=1").body().get("total").asLong()).isEqualTo(2);
    }
}
