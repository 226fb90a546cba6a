package de.ladewerk.app.api;

import de.ladewerk.app.TestEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.web.AdminToken;
import de.ladewerk.gateway.persistence.JooqStationRepository;
import de.ladewerk.gateway.security.PasswordHasher;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application configured with TLS from environment variables; a station's security events through the API. */
class SecurityEventRoutesIT {

    private static final String PASSWORD = "a-station-password-16+";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestDatabase database;
    private static LadewerkApplication app;
    private static Vertx clients;
    private static Path tlsDir;
    /** The API needs a caller; this test calls as an admin machine client. */
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("appsec");
        tlsDir = Files.createTempDirectory("ladewerk-app-tls");
        Map<String, String> env = TestEnvironment.of(database);
        env.putAll(Map.of("LADEWERK_TLS_ENABLED", "true", "LADEWERK_TLS_PORT", "0",
                "LADEWERK_TLS_DATA_DIR", tlsDir.toString(), "LADEWERK_TLS_SERVER_NAMES", "localhost, 127.0.0.1"));
        app = LadewerkApplication.start(new ConfigLoader(AdminToken.withAdmin(env)).load(null));
        token = AdminToken.create(app.httpPort());
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        new JooqStationRepository(DSL.using(ds, SQLDialect.POSTGRES))
                .register("WOB-SEC-1", new PasswordHasher(1024, 1).hash(PASSWORD), RegistrationStatus.ACCEPTED);
        clients = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        clients.close().toCompletionStage().toCompletableFuture().get();
        app.close();
        database.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tlsIsConfiguredFromTheEnvironmentAndItsMaterialGenerated() {
        assertThat(app.gateway().tlsPort()).isPositive();
        assertThat(tlsDir.resolve("server.p12")).exists();
        assertThat(tlsDir.resolve("ca.pem")).exists();
    }

    @Test
    void securityEventsOfAStationArePagedNewestFirst() throws Exception {
        StationClient cp = StationClient.connect(clients, StationClientOptions.of(
                        URI.create("ws://127.0.0.1:" + app.ocppPort() + "/ocpp"), "WOB-SEC-1", OcppVersion.V201)
                .withPassword(PASSWORD)).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        for (String t : new String[] {"2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"}) {
            cp.call("SecurityEventNotification", Map.of("type", "SettingSystemTime", "timestamp", t))
                    .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
        JsonNode page = JSON.readTree(get("/api/stations/WOB-SEC-1/security-events?limit=2").body());
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("time").asText()).isEqualTo("2026-01-03T00:00:00Z");
        JsonNode next = JSON.readTree(get("/api/stations/WOB-SEC-1/security-events?before="
                + page.get("items").get(1).get("time").asText()).body());
        assertThat(next.get("items")).hasSize(1);
        assertThat(next.get("items").get(0).get("type").asText()).isEqualTo("SettingSystemTime");
        assertThat(get("/api/stations/WOB-SEC-1/security-events?before=yesterday").statusCode()).isEqualTo(400);
        cp.close();
    }
}
