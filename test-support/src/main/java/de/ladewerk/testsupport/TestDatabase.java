package de.ladewerk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test class.
 *
 * <p>Where the database comes from, in this order:
 * <ol>
 *   <li>{@code LADEWERK_TEST_DB_URL} (JDBC URL of a server; user/password in
 *       {@code LADEWERK_TEST_DB_USER}/{@code LADEWERK_TEST_DB_PASSWORD});</li>
 *   <li>Testcontainers with a TimescaleDB image, where a Docker engine answers;</li>
 *   <li>the local PostgreSQL on 127.0.0.1:5432 (user {@code postgres}, trust auth).</li>
 * </ol>
 * Every call of {@link #create(String)} makes a new database on that server, so test classes never
 * see each other's rows; {@link #close()} drops it again. {@link #createPlain(String)} makes one that
 * stays plain PostgreSQL even where the server offers TimescaleDB, so both storage layouts can be tested
 * against one server in one run.
 */
public final class TestDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;
    private final boolean timescaleAvailable;

    private TestDatabase(String serverUrl, String user, String password, String name, boolean timescale) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
        this.timescaleAvailable = timescale;
    }

    /**
     * Creates a new database whose name starts with the given prefix.
     *
     * @param prefix lower-case letters, digits and '_' only, for finding leftovers by eye
     */
    public static TestDatabase create(String prefix) {
        return create(prefix, false);
    }

    /**
     * Creates a new database that Ladewerk's migrations give the plain PostgreSQL layout whatever the server
     * offers: the database carries {@code ladewerk.timescale = 'off'} (see the gateway's TimescaleSetup).
     * {@link #timescaleAvailable()} is false for it.
     *
     * @param prefix lower-case letters, digits and '_' only
     */
    public static TestDatabase createPlain(String prefix) {
        return create(prefix, true);
    }

    private static TestDatabase create(String prefix, boolean plain) {
        TestDatabaseServer server = TestDatabaseServer.get();
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database prefix must be [a-z0-9_]: " + prefix);
        }
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            if (plain) {
                s.execute("ALTER DATABASE " + name + " SET ladewerk.timescale = 'off'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + server.adminUrl(), e);
        }
        return new TestDatabase(server.urlFor(name), server.user(), server.password(), name,
                server.timescaleAvailable() && !plain);
    }

    /** JDBC URL of this database. */
    public String jdbcUrl() {
        return serverUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** Whether the server offers the timescaledb extension and this database may use it. */
    public boolean timescaleAvailable() {
        return timescaleAvailable;
    }

    /** Opens a plain JDBC connection (autocommit on). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    @Override
    public void close() {
        TestDatabaseServer server = TestDatabaseServer.get();
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // a leftover test database is harmless; the next run uses a new name
        }
    }
}
