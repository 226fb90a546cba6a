package de.ladewerk.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.web.RunningApp;
import de.ladewerk.billing.ocmf.MeterKeys;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The meter key registry and the Eichrecht station marks over HTTP, with logins and roles. */
class MeterKeyRoutesIT {

    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("meterkeys");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static String brainpoolKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", MeterKeys.provider());
        g.initialize(new ECGenParameterSpec("brainpoolP256r1"));
        return MeterKeys.toHex(g.generateKeyPair().getPublic());
    }

    @Test
    void an_operator_proposes_and_approves_a_key_a_viewer_only_reads_and_the_audit_names_both() throws Exception {
        RunningApp.Client operator = app.user("op-keys", "operator");
        RunningApp.Client viewer = app.user("view-keys", "viewer");
        String key = brainpoolKey();

        assertThat(viewer.post("/api/meter-keys", "{\"meterSerial\":\"EMH-1\",\"publicKey\":\"" + key + "\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> proposed = operator.post("/api/meter-keys",
                "{\"meterSerial\":\"EMH-1\",\"publicKey\":\"" + key + "\",\"note\":\"type plate\"}");
        assertThat(proposed.statusCode()).isEqualTo(201);
        JsonNode body = operator.json(proposed);
        assertThat(body.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(body.get("curve").asText()).isEqualTo("brainpoolP256r1");
        long id = body.get("id").asLong();

        assertThat(viewer.post("/api/meter-keys/" + id + "/approve", null).statusCode()).isEqualTo(403);
        HttpResponse<String> approved = operator.post("/api/meter-keys/" + id + "/approve", "{\"note\":\"checked\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(operator.json(approved).get("decidedBy").asText()).isEqualTo("op-keys");
        assertThat(operator.post("/api/meter-keys/" + id + "/approve", null).statusCode()).isEqualTo(409);

        JsonNode list = viewer.json(viewer.get("/api/meter-keys?meterSerial=EMH-1&status=approved"));
        assertThat(list.get("items")).hasSize(1);
        JsonNode audit = viewer.json(viewer.get("/api/meter-keys/audit?meterSerial=EMH-1")).get("items");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("PROPOSED");
        assertThat(audit.get(1).get("action").asText()).isEqualTo("APPROVED");
        assertThat(audit.get(1).get("actor").asText()).isEqualTo("op-keys");
    }

    @Test
    void bad_input_gets_a_400_that_names_the_problem() throws Exception {
        RunningApp.Client operator = app.user("op-bad", "operator");

        HttpResponse<String> notAKey = operator.post("/api/meter-keys", "{\"meterSerial\":\"EMH-2\",\"publicKey\":\"zz\"}");
        assertThat(notAKey.statusCode()).isEqualTo(400);
        assertThat(operator.json(notAKey).get("error").get("message").asText()).contains("public key");
        assertThat(operator.get("/api/meter-keys?status=maybe").statusCode()).isEqualTo(400);
        assertThat(operator.post("/api/meter-keys/abc/approve", null).statusCode()).isEqualTo(400);
        assertThat(operator.post("/api/meter-keys/987654/approve", null).statusCode()).isEqualTo(404);
        assertThat(operator.json(operator.get("/api/meter-keys?meterSerial=EMH-2")).get("items")).isEmpty();
    }

    @Test
    void an_operator_marks_a_station_relevant_under_calibration_law() throws Exception {
        RunningApp.Client operator = app.user("op-eich", "operator");

        assertThat(app.user("view-eich", "viewer").send("PUT", "/api/eichrecht-stations/CS-1", null).statusCode()).isEqualTo(403);
        assertThat(operator.send("PUT", "/api/eichrecht-stations/CS-1", null).statusCode()).isEqualTo(204);
        JsonNode items = operator.json(operator.get("/api/eichrecht-stations")).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("markedBy").asText()).isEqualTo("op-eich");
        assertThat(operator.send("DELETE", "/api/eichrecht-stations/CS-1", null).statusCode()).isEqualTo(204);
        assertThat(operator.json(operator.get("/api/eichrecht-stations")).get("items")).isEmpty();
    }
}
