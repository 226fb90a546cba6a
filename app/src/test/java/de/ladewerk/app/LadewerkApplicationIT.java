package de.ladewerk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.config.LadewerkConfig;
import de.ladewerk.gateway.persistence.JooqStationRepository;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import de.ladewerk.testsupport.TestDatabase;
import io.vertx.core.Vertx;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole application: a station boots over OCPP and shows up in the API, health and metrics. */
class LadewerkApplicationIT {

    private static final String PASSWORD = "a-station-password-16+";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDatabase database;
    private static LadewerkApplication app;
    private static Vertx clients;
    private static final String ADMIN_PASSWORD = "an-admin-password";
    /** Logs in once (session cookie kept in its cookie jar); health and metrics need no login. */
    private static final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create("app");
        Map<String, String> env = TestEnvironment.of(database);
        env.put("LADEWERK_ADMIN_USER", "admin");
        env.put("LADEWERK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        LadewerkConfig config = new ConfigLoader(env).load(null);
        app = LadewerkApplication.start(config);
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        new JooqStationRepository(DSL.using(ds, SQLDialect.POSTGRES))
                .register("WOB-0001", new PasswordHasher(1024, 1).hash(PASSWORD), RegistrationStatus.ACCEPTED);
        clients = Vertx.vertx();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws Exception {
        clients.close().toCompletionStage().toCompletableFuture().get();
        app.close();
        database.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aBootedStationShowsUpInTheApiWithItsConnectorStatus() throws Exception {
        StationClient cp = await(StationClient.connect(clients, StationClientOptions.of(
                URI.create("ws://127.0.0.1:" + app.ocppPort() + "/ocpp"), "WOB-0001", OcppVersion.V16).withPassword(PASSWORD)));
        await(cp.call("BootNotification", JSON.readTree("{\"chargePointVendor\":\"Ladewerk\",\"chargePointModel\":\"AC22\"}")));
        await(cp.call("StatusNotification", JSON.readTree("{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}")));
        await(cp.call("Heartbeat", JSON.readTree("{}")));

        // the heartbeat is answered at once and written with the next batch, within seconds
        HttpResponse<String> one = get("/api/stations/WOB-0001");
        JsonNode station = JSON.readTree(one.body());
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
             !station.path("lastHeartbeatAt").isTextual() && System.nanoTime() < deadline; ) {
            Thread.sleep(100);
            one = get("/api/stations/WOB-0001");
            station = JSON.readTree(one.body());
        }
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(station.get("protocolVersion").asText()).isEqualTo("ocpp1.6");
        assertThat(station.get("online").asBoolean()).isTrue();
        assertThat(station.get("vendor").asText()).isEqualTo("Ladewerk");
        assertThat(station.get("lastBootAt").isTextual()).isTrue();
        assertThat(station.get("lastHeartbeatAt").isTextual()).isTrue();
        assertThat(station.get("connectors").get(0).get("status").asText()).isEqualTo("AVAILABLE");

        JsonNode list = JSON.readTree(get("/api/stations?limit=10").body());
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asText()).isEqualTo("WOB-0001");

        String metrics = get("/metrics").body();
        assertThat(metrics).contains("ladewerk_ocpp_calls_total{action=\"BootNotification\",direction=\"inbound\"");
        assertThat(metrics).contains("ladewerk_ocpp_connections{version=\"ocpp1.6\"} 1.0");
        assertThat(metrics).contains("ladewerk_db_write_batch_size").contains("ladewerk_db_write_queued");
        await(cp.close());
    }

    @Test
    void errorsHaveOneShape() throws Exception {
        HttpResponse<String> missing = get("/api/stations/NOPE");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").get("code").asText()).isEqualTo("station_not_found");
        HttpResponse<String> bad = get("/api/stations?limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").get("message").asText()).contains("limit");
    }

    @Test
    void healthReportsDatabaseAndGateway() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("database").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(ready.body()).get("gateway").asText()).isEqualTo("UP");
        // what storage layout the database got and how maintenance goes are details, present on both layouts
        assertThat(JSON.readTree(ready.body()).get("storage").get("layout").asText()).isIn("timescaledb", "postgresql");
        assertThat(JSON.readTree(ready.body()).get("storage").get("finding").asText()).isNotBlank();
        assertThat(JSON.readTree(ready.body()).get("maintenance").get("finding").asText()).isNotBlank();
    }
}
