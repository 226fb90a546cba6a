package de.ladewerk.app.billing;

import de.ladewerk.app.TestEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.web.AdminToken;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.gateway.persistence.JooqStationRepository;
import de.ladewerk.gateway.query.persistence.JdbcEndedSessions;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.session.SessionId;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import de.ladewerk.testsupport.TestDatabase;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole application: a simulated OCPP 1.6 station charges 11 kWh with meter values; without anyone
 * calling billing, the CDR is issued for the token's customer and is visible through {@code /api/cdrs}.
 */
class SessionToCdrIT {

    private static final String PASSWORD = "a-station-password-16+";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestDatabase database;
    private static PGSimpleDataSource ds;
    private static LadewerkApplication app;
    private static Vertx clients;
    /** The API needs a caller; this test calls as an admin machine client. */
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("e2ebill");
        LadewerkConfig config = new ConfigLoader(AdminToken.withAdmin(TestEnvironment.of(database))).load(null);
        app = LadewerkApplication.start(config);
        token = AdminToken.create(app.httpPort());
        ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        new JooqStationRepository(DSL.using(ds, SQLDialect.POSTGRES))
                .register("WOB-E2E", new PasswordHasher(1024, 1).hash(PASSWORD), RegistrationStatus.ACCEPTED);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO ocpp.id_tokens (type, value, customer_ref) VALUES ('ID_TAG', 'TAG-E2E', 'CUST-E2E')");
        }
        clients = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        clients.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        app.close();
        database.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode call(StationClient cp, String action, String payload) throws Exception {
        return cp.call(action, JSON.readTree(payload)).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void anEndedSessionIsBilledAutomaticallyAndShowsUpAsCdr() throws Exception {
        assertThat(send("POST", "/api/tariffs", """
                {"id": "AC-E2E", "currency": "EUR", "start_date_time": "2020-01-01T00:00:00Z",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.40, "vat": 19, "step_size": 1}]}]}""")
                .statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/tariff-assignments", """
                {"tariffId": "AC-E2E", "stationId": "WOB-E2E", "clockLegallyValid": true,
                 "validFrom": "2020-01-01T00:00:00Z"}""").statusCode()).isEqualTo(201);

        StationClient cp = StationClient.connect(clients, StationClientOptions.of(
                        URI.create("ws://127.0.0.1:" + app.ocppPort() + "/ocpp"), "WOB-E2E", OcppVersion.V16)
                .withPassword(PASSWORD)).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        call(cp, "BootNotification", "{\"chargePointVendor\":\"Ladewerk\",\"chargePointModel\":\"AC22\"}");
        call(cp, "StatusNotification", "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Preparing\"}");
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode started = call(cp, "StartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-E2E\",\"meterStart\":1000,"
                + "\"timestamp\":\"" + start + "\"}");
        int tx = started.get("transactionId").asInt();
        call(cp, "MeterValues", "{\"connectorId\":1,\"transactionId\":" + tx + ",\"meterValue\":[{\"timestamp\":\""
                + start.plus(30, ChronoUnit.MINUTES) + "\",\"sampledValue\":["
                + "{\"value\":\"6500\",\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"},"
                + "{\"value\":\"11000\",\"measurand\":\"Power.Active.Import\",\"unit\":\"W\"}]}]}");
        call(cp, "StopTransaction", "{\"transactionId\":" + tx + ",\"meterStop\":12000,\"timestamp\":\""
                + start.plus(60, ChronoUnit.MINUTES) + "\",\"reason\":\"Local\"}");

        JsonNode cdr = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (cdr == null && System.nanoTime() < deadline) {
            JsonNode items = JSON.readTree(send("GET", "/api/cdrs?from=" + start.minus(1, ChronoUnit.DAYS), null).body())
                    .get("items");
            for (JsonNode item : items) {
                if (item.get("stationId").asText().equals("WOB-E2E")) {
                    cdr = item;
                }
            }
            if (cdr == null) {
                Thread.sleep(200);
            }
        }
        assertThat(cdr).as("a CDR for the session, issued without anyone asking").isNotNull();
        assertThat(cdr.get("energyWh").asLong()).isEqualTo(11_000);
        assertThat(cdr.get("customerId").asText()).isEqualTo("CUST-E2E");
        assertThat(cdr.get("totalNet").decimalValue()).isEqualByComparingTo("4.40");
        assertThat(cdr.get("totalGross").decimalValue()).isEqualByComparingTo("5.24");
        String metrics = send("GET", "/metrics", null).body();
        assertThat(metrics).contains("ladewerk_billing_sessions_total{outcome=\"billed\"} 1.0");

        // a redelivered end (the catch-up, a retry) must not issue a second CDR
        String sessionId = cdr.get("sessionId").asText();
        app.billing().bridge().sessionEnded(new JdbcEndedSessions(ds).find(SessionId.parse(sessionId).orElseThrow())
                .orElseThrow()).get(20, TimeUnit.SECONDS);
        assertThat(JSON.readTree(send("GET", "/api/cdrs?session=" + sessionId, null).body()).get("items")).hasSize(1);
        cp.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }
}
