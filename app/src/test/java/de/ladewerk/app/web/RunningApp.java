package de.ladewerk.app.web;

import de.ladewerk.app.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.app.LadewerkApplication;
import de.ladewerk.app.config.ConfigLoader;
import de.ladewerk.gateway.persistence.JooqStationRepository;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.testsupport.TestDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole application on free ports with a fresh database and a configured first admin, plus HTTP
 * clients that log in like the dashboard does (cookie + CSRF header) or use an API token. For API tests.
 */
public final class RunningApp implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String STATION_PASSWORD = "a-station-password-16+";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final TestDatabase database;
    public final LadewerkApplication app;

    private RunningApp(TestDatabase database, LadewerkApplication app) {
        this.database = database;
        this.app = app;
    }

    public static RunningApp start(String prefix) throws Exception {
        TestDatabase database = TestDatabase.create(prefix);
        Map<String, String> env = TestEnvironment.of(database);
        env.put("LADEWERK_ADMIN_USER", ADMIN);
        env.put("LADEWERK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return new RunningApp(database, LadewerkApplication.start(new ConfigLoader(env).load(null)));
    }

    /** The application on a fresh database without configured admin, as {@code ladewerk run} starts the first time. */
    public static RunningApp firstRun(String prefix) throws Exception {
        TestDatabase database = TestDatabase.create(prefix);
        return new RunningApp(database, LadewerkApplication.start(new ConfigLoader(TestEnvironment.of(database)).load(null)));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.httpPort();
    }

    public URI ocppUri() {
        return URI.create("ws://127.0.0.1:" + app.ocppPort() + "/ocpp");
    }

    /** Registers a station that may connect with {@link #STATION_PASSWORD}. */
    public void registerStation(String id) {
        new JooqStationRepository(DSL.using(dataSource(), SQLDialect.POSTGRES))
                .register(id, new PasswordHasher(1024, 1).hash(STATION_PASSWORD), RegistrationStatus.ACCEPTED);
    }

    /** Runs SQL against the test database (fixtures: locations, history). */
    public void sql(String statement, Object... args) {
        DSL.using(dataSource(), SQLDialect.POSTGRES).execute(statement, args);
    }

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.user());
        ds.setPassword(database.password());
        return ds;
    }

    /** A client without credentials. */
    public Client anonymous() {
        return new Client(this, null);
    }

    /** A client logged in as the admin. */
    public Client admin() throws Exception {
        return anonymous().login(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates a user with the role (as admin) and returns a client logged in as them. */
    public Client user(String name, String role) throws Exception {
        String password = name + "-password-long";
        HttpResponse<String> made = admin().post("/api/users",
                "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}");
        if (made.statusCode() != 201 && made.statusCode() != 409) {
            throw new IllegalStateException("cannot create user: " + made.body());
        }
        return anonymous().login(name, password);
    }

    /** A client using a new API token with the role. */
    public Client token(String name, String role) throws Exception {
        HttpResponse<String> made = admin().post("/api/tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        return new Client(this, JSON.readTree(made.body()).get("token").asText());
    }

    @Override
    public void close() throws Exception {
        app.close();
        database.close();
    }

    /** One HTTP client: its own cookie jar, the CSRF token from its login, or a bearer token. */
    public static final class Client {
        private final RunningApp app;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String bearer;
        private String csrf;

        Client(RunningApp app, String bearer) {
            this.app = app;
            this.bearer = bearer;
        }

        public Client login(String user, String password) throws Exception {
            HttpResponse<String> r = post("/api/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
            }
            csrf = JSON.readTree(r.body()).get("csrfToken").asText();
            return this;
        }

        /** Forgets the CSRF token (to test that the server insists on it). */
        public Client withoutCsrf() {
            csrf = null;
            return this;
        }

        public HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null);
        }

        public HttpResponse<String> post(String path, String json) throws Exception {
            return send("POST", path, json);
        }

        public HttpResponse<String> send(String method, String path, String json) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            if (csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        public JsonNode json(HttpResponse<String> r) throws Exception {
            return JSON.readTree(r.body());
        }
    }
}
