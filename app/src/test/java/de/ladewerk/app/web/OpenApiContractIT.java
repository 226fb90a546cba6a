package de.ladewerk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.ladewerk.app.auth.Role;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import io.vertx.core.Vertx;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the running application: every documented GET answers with a body its schema
 * accepts, error bodies match the Error schema, and every documented operation admits exactly the roles its
 * {@code x-required-role} names (each role × each state-changing endpoint).
 */
class OpenApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of("viewer", "operator", "grid-operator", "admin");
    private static RunningApp app;
    private static JsonNode document;
    private static final Map<String, RunningApp.Client> clients = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("openapi");
        app.registerStation("WOB-0201");
        app.sql("UPDATE ocpp.stations SET district = 'Vorsfelde', latitude = 52.43, longitude = 10.84 WHERE id = 'WOB-0201'");
        Vertx vertx = Vertx.vertx();
        StationClient cp = StationClient.connect(vertx, StationClientOptions.of(app.ocppUri(), "WOB-0201", OcppVersion.V16)
                .withPassword(RunningApp.STATION_PASSWORD)).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        cp.call("BootNotification", JSON.readTree("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}"))
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        cp.call("StatusNotification", JSON.readTree("{\"connectorId\":1,\"errorCode\":\"OverVoltage\",\"status\":\"Faulted\"}"))
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        cp.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        vertx.close();
        try (InputStream in = OpenApiContractIT.class.getResourceAsStream("/openapi.yaml")) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        for (String role : ROLES) {
            clients.put(role, app.user("contract-" + role, role));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    /** The schema at {@code pointer}, with the document's components beside it so its $refs resolve. */
    private static JsonSchema schema(JsonNode schemaNode) {
        ObjectNode root = schemaNode.deepCopy();
        root.set("components", document.get("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static void assertMatches(String what, JsonNode responses, HttpResponse<String> r) throws Exception {
        JsonNode documented = responses.get(String.valueOf(r.statusCode()));
        assertThat(documented).as("%s answered %d, which is not documented: %s", what, r.statusCode(), r.body()).isNotNull();
        if (documented.has("$ref")) {
            documented = document.at(documented.get("$ref").asText().substring(1));
        }
        JsonNode schemaNode = documented.at("/content/application~1json/schema");
        if (schemaNode.isMissingNode()) {
            return;
        }
        Set<ValidationMessage> problems = schema(schemaNode).validate(JSON.readTree(r.body()));
        assertThat(problems).as("%s %d body %s", what, r.statusCode(), r.body()).isEmpty();
    }

    /** A URL for the path template whose parameters name nothing that exists (authorization is decided first). */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "999999");
    }

    @Test
    void everyDocumentedReadAnswersAsDocumented() throws Exception {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().equals("/api/events")) {
                continue; // the event stream never ends; EventStreamIT reads it
            }
            // a read with path parameters is probed where the document names a URL that exists here (x-probe)
            String url = get.has("x-probe") ? get.get("x-probe").asText() : path.getKey();
            if (url.contains("{")) {
                continue;
            }
            HttpResponse<String> r = clients.get("admin").get(url);
            assertMatches("GET " + url, get.get("responses"), r);
            assertThat(r.statusCode()).as("GET %s: %s", url, r.body()).isLessThan(300);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(25);
        HttpResponse<String> tokens = clients.get("admin").get("/api/tokens");
        assertMatches("GET /api/tokens", document.at("/paths/~1api~1tokens/get/responses"), tokens);
    }

    @Test
    void errorsAnswerAsDocumented() throws Exception {
        assertMatches("missing station", document.at("/paths/~1api~1stations~1{id}/get/responses"),
                clients.get("viewer").get("/api/stations/NOPE"));
        assertMatches("bad limit", document.at("/paths/~1api~1stations/get/responses"),
                clients.get("viewer").get("/api/stations?limit=9999"));
        assertMatches("bad days", document.at("/paths/~1api~1charts~1utilisation/get/responses"),
                clients.get("viewer").get("/api/charts/utilisation?days=0"));
        HttpResponse<String> noLogin = app.anonymous().get("/api/stations");
        assertThat(schema(document.at("/components/schemas/Error")).validate(JSON.readTree(noLogin.body()))).isEmpty();
    }

    @Test
    void eachOperationAdmitsExactlyTheRolesItDocuments() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/") || path.getKey().equals("/api/events")
                    || path.getKey().equals("/api/auth/logout") || path.getKey().equals("/api/auth/password")) {
                continue; // logging out or changing one's own password would end the probing session
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                String required = op.getValue().path("x-required-role").asText(null);
                assertThat(required).as("%s %s has x-required-role", method, path.getKey()).isNotNull();
                if (required.equals("public")) {
                    continue;
                }
                String url = concrete(path.getKey());
                for (String role : ROLES) {
                    HttpResponse<String> r = clients.get(role).send(method, url, method.equals("GET") ? null : "{}");
                    boolean allowed = Role.parse(role).includes(Role.parse(required));
                    boolean refused = r.statusCode() == 403 && r.body().contains("\"forbidden\"");
                    assertThat(refused).as("%s %s as %s (needs %s): %d %s", method, url, role, required, r.statusCode(), r.body())
                            .isEqualTo(!allowed);
                    assertThat(r.statusCode()).as("%s %s as %s", method, url, role).isNotEqualTo(401);
                }
                HttpResponse<String> anonymous = app.anonymous().send(method, url, method.equals("GET") ? null : "{}");
                assertThat(anonymous.statusCode()).as("%s %s without login", method, url).isEqualTo(401);
                checked.add(method + " " + path.getKey());
            }
        }
        assertThat(checked).contains("POST /api/users", "DELETE /api/users/{username}", "POST /api/tokens",
                "DELETE /api/tokens/{id}", "POST /api/faults/acknowledgements", "GET /api/users", "POST /api/grid/reductions");
    }
}
