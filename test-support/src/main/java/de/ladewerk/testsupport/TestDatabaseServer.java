package de.ladewerk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one PostgreSQL server the tests of this JVM use, found once. See {@link TestDatabase}. */
record TestDatabaseServer(String adminUrl, String baseUrl, String query, String user, String password,
                          boolean timescaleAvailable) {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabaseServer.class);
    private static final String TIMESCALE_IMAGE = "timescale/timescaledb:2.28.0-pg15";
    private static volatile TestDatabaseServer instance;

    static TestDatabaseServer get() {
        TestDatabaseServer s = instance;
        if (s == null) {
            synchronized (TestDatabaseServer.class) {
                s = instance;
                if (s == null) {
                    s = find();
                    instance = s;
                }
            }
        }
        return s;
    }

    String urlFor(String database) {
        return baseUrl + database + query;
    }

    private static TestDatabaseServer find() {
        String url = System.getenv("LADEWERK_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return fromUrl(url, env("LADEWERK_TEST_DB_USER", "postgres"), env("LADEWERK_TEST_DB_PASSWORD", ""),
                    "LADEWERK_TEST_DB_URL");
        }
        TestDatabaseServer container = TimescaleContainer.startIfDockerRuns(TIMESCALE_IMAGE);
        if (container != null) {
            return container;
        }
        return fromUrl("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "", "local PostgreSQL");
    }

    static TestDatabaseServer fromUrl(String url, String user, String password, String source) {
        int slash = url.lastIndexOf('/');
        int q = url.indexOf('?', slash);
        String base = url.substring(0, slash + 1);
        String query = q < 0 ? "" : url.substring(q);
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'")) {
            rs.next();
            boolean timescale = rs.getInt(1) > 0;
            LOG.info("test database server: {} ({}), timescaledb {}", base, source,
                    timescale ? "available" : "not available");
            return new TestDatabaseServer(url, base, query, user, password, timescale);
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL for the tests: " + source + " at " + url
                    + " does not answer (" + e.getMessage() + "). Start it, or set LADEWERK_TEST_DB_URL.", e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
