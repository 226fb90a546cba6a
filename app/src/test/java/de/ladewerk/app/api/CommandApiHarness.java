package de.ladewerk.app.api;

import de.ladewerk.app.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.app.web.AdminToken;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import de.ladewerk.simulator.station.StationClientOptions;
import de.ladewerk.testsupport.TestDatabase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The whole application on free ports over a fresh database, with an HTTP client for the operator API. */
final class CommandApiHarness implements AutoCloseable {

    static final String PASSWORD = "a-station-password-16+";
    static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase database;
    private final LadewerkApplication app;
    private final Vertx clients = Vertx.vertx();
    private final HttpClient http = HttpClient.newHttpClient();
    /** The API needs a caller; these tests call as an admin machine client. */
    private final String token;

    /** An answer: status code and JSON body ({@code null} if empty). */
    record Answer(int status, JsonNode body) {
    }

    CommandApiHarness() throws Exception {
        database = TestDatabase.create("api");
        Map<String, String> env = TestEnvironment.of(database);
        env.put("LADEWERK_CALL_TIMEOUT", "PT1S");
        app = LadewerkApplication.start(new ConfigLoader(AdminToken.withAdmin(env)).load(null));
        token = AdminToken.create(app.httpPort());
    }

    Answer send(String method, String path, String body) throws Exception {
        return sendAs(token, method, path, body);
    }

    /** Sends with another API token (see {@link #token(String)}). */
    Answer sendAs(String bearer, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    Answer get(String path) throws Exception {
        return send("GET", path, null);
    }

    Answer post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    /** Creates an API token named {@code name} with {@code role} (as the admin); returns its secret. */
    String token(String name, String role) throws Exception {
        Answer created = post("/api/tokens", "{'name':'" + name + "','role':'" + role + "'}");
        if (created.status() != 201) {
            throw new IllegalStateException("could not create token " + name + ": " + created.body());
        }
        return created.body().get("token").asText();
    }

    /** The running application (its gateway, for driving the allocator in tests). */
    LadewerkApplication app() {
        return app;
    }

    /** Registers a station through the API and connects it. */
    StationClient station(String id, OcppVersion version) throws Exception {
        Answer created = post("/api/stations", "{'id':'" + id + "','password':'" + PASSWORD + "'}");
        if (created.status() != 201) {
            throw new IllegalStateException("could not register " + id + ": " + created.body());
        }
        return connect(id, version, PASSWORD);
    }

    /** Connects and waits until the gateway has registered the connection (commands find it online). */
    StationClient connect(String id, OcppVersion version, String password) throws InterruptedException {
        StationClient client = await(StationClient.connect(clients, StationClientOptions.of(
                URI.create("ws://127.0.0.1:" + app.ocppPort() + "/ocpp"), id, version).withPassword(password)));
        long deadline = System.currentTimeMillis() + 10_000;
        while (app.gateway().connections().find(id).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        return client;
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        clients.close().toCompletionStage().toCompletableFuture().get();
        app.close();
        database.close();
    }
}
