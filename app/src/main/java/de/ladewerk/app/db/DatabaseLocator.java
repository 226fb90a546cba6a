package de.ladewerk.app.db;

import de.ladewerk.app.config.LadewerkConfig.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the database to run on: the configured URL; else the local PostgreSQL on 127.0.0.1:5432
 * (creating database {@code ladewerk} if needed); else an embedded PostgreSQL when not running as
 * root (PostgreSQL refuses root); else it says how to provide one.
 */
public final class DatabaseLocator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLocator.class);
    static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "ladewerk";

    private DatabaseLocator() {
    }

    /** The settings to connect with, and the embedded server to stop later if one was started. */
    public record Located(DatabaseSettings settings, AutoCloseable embedded, String description) {
    }

    public static Located locate(DatabaseSettings configured) {
        if (configured.url() != null) {
            return new Located(configured, null, "configured " + configured.url());
        }
        if (answers(LOCAL_SERVER + "postgres", configured.user(), configured.password())) {
            createIfMissing(configured.user(), configured.password());
            return new Located(configured.at(LOCAL_SERVER + DATABASE, configured.user(), configured.password()), null, "local PostgreSQL, database " + DATABASE);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("No database: set LADEWERK_DB_URL (and LADEWERK_DB_USER/PASSWORD), or start "
                    + "PostgreSQL on 127.0.0.1:5432. An embedded PostgreSQL cannot run as root.");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(0).start();
            String url = pg.getJdbcUrl("postgres", "postgres");
            LOG.warn("no database configured and none on 127.0.0.1:5432: using an embedded PostgreSQL at {} "
                    + "whose data is gone when Ladewerk stops", url);
            return new Located(configured.at(url, "postgres", ""), pg,
                    "embedded PostgreSQL (temporary)");
        } catch (IOException e) {
            throw new IllegalStateException("No database: set LADEWERK_DB_URL, or start PostgreSQL on 127.0.0.1:5432 "
                    + "(the embedded fallback failed: " + e.getMessage() + ")", e);
        }
    }

    private static boolean answers(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void createIfMissing(String user, String password) {
        try (Connection c = DriverManager.getConnection(LOCAL_SERVER + "postgres", user, password);
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            q.setString(1, DATABASE);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + DATABASE);
                        LOG.info("created database {}", DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + " on the local PostgreSQL: "
                    + e.getMessage(), e);
        }
    }
}
