package de.ladewerk.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.api.ApiVerticle;
import de.ladewerk.app.api.PlanningRoutes;
import de.ladewerk.app.planning.GatewayMeasuredNetworkSource;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.gateway.query.persistence.JdbcMeasuredUseQueries;
import de.ladewerk.testsupport.TestDatabase;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The planning API: shipped scenarios, runs with and without the measured network, comparison, charts. */
class PlanningRoutesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestDatabase database;
    private static Vertx vertx;
    private static ApiVerticle api;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("planroutes");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO ocpp.stations (id, district) VALUES ('WOB-1', 'Stadtmitte')");
            st.execute("INSERT INTO ocpp.connectors (station_id, evse_id, connector_id, status, protocol_status, status_at)"
                    + " VALUES ('WOB-1', 1, 1, 'AVAILABLE', 'Available', now()), ('WOB-1', 2, 1, 'AVAILABLE', 'Available', now())");
        }
        vertx = Vertx.vertx();
        api = new ApiVerticle("127.0.0.1", 0, List.of(new PlanningRoutes(new PlanningService(),
                new GatewayMeasuredNetworkSource(new JdbcMeasuredUseQueries(ds), new PlanningConfig(90, ZoneId.of("Europe/Berlin"), 11),
                        Clock.systemUTC()), new PlanningRuns())));
        vertx.deployVerticle(api).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        database.close();
    }

    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.actualPort() + path));
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shippedScenariosAreListedAndServedAsJsonAndYaml() throws Exception {
        JsonNode list = JSON.readTree(send("GET", "/api/planning/scenarios", null, null).body());
        assertThat(list.get("items").toString()).contains("wolfsburg-2025-target");
        JsonNode scenario = JSON.readTree(send("GET", "/api/planning/scenarios/wolfsburg-2025-target", null, null).body());
        assertThat(scenario.get("districts").size()).isGreaterThan(1);
        HttpResponse<String> yaml = send("GET", "/api/planning/scenarios/wolfsburg-2025-target?format=yaml", null, null);
        assertThat(yaml.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(yaml.body()).contains("districts:");
        assertThat(send("GET", "/api/planning/scenarios/atlantis", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aRunAgainstTheMeasuredNetworkShowsTheGapAndServesItsCharts() throws Exception {
        HttpResponse<String> r = send("POST", "/api/planning/runs", "application/json",
                "{\"scenario\": \"wolfsburg-2025-target\", \"measured\": true, \"days\": 14}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.at("/result/measured").asBoolean()).isTrue();
        JsonNode mitte = null;
        for (JsonNode d : body.at("/result/districts")) {
            if (d.at("/demand/district").asText().equals("Stadtmitte")) {
                mitte = d;
            }
        }
        assertThat(mitte).as("district Stadtmitte in the result").isNotNull();
        assertThat(mitte.get("gap").isObject()).as("a gap to the measured network").isTrue();
        assertThat(mitte.at("/gap/installed/acPorts").asLong()).as("WOB-1's two EVSEs").isEqualTo(2);
        assertThat(mitte.at("/gap/installed/acKw").asDouble()).isEqualTo(22.0); // never metered: 2 × 11 kW default
        String chart = body.get("charts").get(0).asText();
        HttpResponse<String> svg = send("GET", chart, null, null);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
        assertThat(send("GET", "/api/planning/runs/none/charts/gap-per-district.svg", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aPostedYamlScenarioRunsAndABrokenOneIsRefusedNamingTheField() throws Exception {
        String yaml = send("GET", "/api/planning/scenarios/wolfsburg-2025-pessimistic?format=yaml", null, null).body();
        HttpResponse<String> ok = send("POST", "/api/planning/runs?days=7", "application/yaml", yaml);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).at("/result/measured").asBoolean()).isFalse();
        HttpResponse<String> bad = send("POST", "/api/planning/runs", "application/yaml", yaml.replaceFirst("year: \\d+", "year: -5"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("year");
        assertThat(send("POST", "/api/planning/runs", "application/json", "{\"days\": 3}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/planning/runs", "application/json",
                "{\"scenario\": \"wolfsburg-2025-target\", \"days\": 0}").statusCode()).isEqualTo(400);
    }

    @Test
    void scenariosAreComparedSideBySideWithAChart() throws Exception {
        HttpResponse<String> r = send("POST", "/api/planning/compare", "application/json",
                "{\"scenarios\": [\"wolfsburg-2025-pessimistic\", \"wolfsburg-2025-optimistic\"], \"days\": 7}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("cities")).hasSize(2);
        assertThat(body.get("csv").asText()).contains("wolfsburg-2025-optimistic");
        assertThat(send("GET", body.get("charts").get(0).asText(), null, null).body()).startsWith("<svg");
        assertThat(send("POST", "/api/planning/compare", "application/json", "{\"scenarios\": [\"x\"]}").statusCode())
                .isEqualTo(400);
    }
}
