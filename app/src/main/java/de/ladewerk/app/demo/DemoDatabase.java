package de.ladewerk.app.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the demo keeps its data: database {@code ladewerk_demo} on the local PostgreSQL, apart from
 * the operator's {@code ladewerk}, dropped and created afresh at each start (unless kept). A configured
 * {@code LADEWERK_DB_URL} is used as it is and never reset; without either, Ladewerk's own fallback (a
 * temporary embedded PostgreSQL) applies.
 */
final class DemoDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDatabase.class);
    static final String NAME = "ladewerk_demo";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private DemoDatabase() {
    }

    /**
     * Prepares the demo database and says in {@code env} (a copy of the environment) where it is.
     *
     * @return what the demo runs on, for the start-up banner
     */
    static String prepare(Map<String, String> env, boolean keep) {
        if (env.get("LADEWERK_DB_URL") != null) {
            return "the configured database " + env.get("LADEWERK_DB_URL") + " (not reset)";
        }
        String user = env.getOrDefault("LADEWERK_DB_USER", "postgres");
        String password = env.getOrDefault("LADEWERK_DB_PASSWORD", "");
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", user, password);
             Statement st = c.createStatement()) {
            boolean exists;
            try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
                exists = rs.next();
            }
            if (exists && !keep) {
                st.execute("DROP DATABASE " + NAME + " WITH (FORCE)");
            }
            if (!exists || !keep) {
                st.execute("CREATE DATABASE " + NAME);
            }
        } catch (SQLException e) {
            LOG.warn("no PostgreSQL on 127.0.0.1:5432 for the demo database ({}); using Ladewerk's fallback", e.getMessage());
            return "Ladewerk's fallback database (see README)";
        }
        env.put("LADEWERK_DB_URL", SERVER + NAME);
        return "database " + NAME + " on 127.0.0.1:5432 (" + (keep ? "kept from the last demo" : "reset at this start") + ")";
    }
}
