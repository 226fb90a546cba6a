package de.ladewerk.gateway.storage.persistence;

import de.ladewerk.gateway.storage.TimescaleMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The step before the gateway's migrations that decides a new database's layout: where the server offers
 * and preloads TimescaleDB and the mode allows it, it creates the extension in schema {@code public}
 * (whatever Flyway's search path is), so the migrations build hypertables; otherwise the migrations build
 * the plain PostgreSQL layout. It never fails for lack of TimescaleDB: it says what it found.
 *
 * <p>A database can also carry the choice itself: {@code ALTER DATABASE x SET ladewerk.timescale = 'off'}
 * (what test-support's plain test databases do) counts as {@link TimescaleMode#OFF}.
 */
public final class TimescaleSetup {

    /** Per-database (or per-role) setting that turns TimescaleDB off for that database. */
    public static final String MODE_SETTING = "ladewerk.timescale";

    private TimescaleSetup() {
    }

    /**
     * Creates the extension where that is wanted and possible. Blocking.
     *
     * @return what was found and done, in a sentence for the log and the health details
     */
    public static String prepare(Connection c, TimescaleMode mode) throws SQLException {
        String schema = extensionSchema(c);
        if (schema != null) {
            return "public".equals(schema)
                    ? "timescaledb " + version(c) + " is installed in schema public"
                    : "timescaledb was installed in schema " + schema + " and is moved to schema public before the migrations "
                    + "(rows, compression, policies and continuous aggregates kept)";
        }
        if (text(c, "SELECT 1 FROM pg_class WHERE oid = to_regclass('ocpp.flyway_history')") != null) {
            return "this database got the plain PostgreSQL layout at its first migration and keeps it "
                    + "(docs/operations.md says how to move to TimescaleDB)";
        }
        if (mode == TimescaleMode.OFF || "off".equalsIgnoreCase(text(c, "SELECT current_setting('" + MODE_SETTING
                + "', true)"))) {
            return "TimescaleDB is turned off (database.timescale = off): plain PostgreSQL layout";
        }
        if (text(c, "SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'") == null) {
            return "the server does not offer the timescaledb extension: plain PostgreSQL layout";
        }
        String preload = preloadedLibraries(c);
        if (preload != null && !preload.contains("timescaledb")) {
            return "the server offers timescaledb but does not preload it (shared_preload_libraries): "
                    + "plain PostgreSQL layout";
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS timescaledb WITH SCHEMA public");
        } catch (SQLException e) {
            return "the server offers timescaledb but creating it failed (" + e.getMessage().strip().lines().findFirst().orElse("")
                    + "): plain PostgreSQL layout. For TimescaleDB, a superuser runs "
                    + "CREATE EXTENSION timescaledb WITH SCHEMA public in a new database before Ladewerk's first start";
        }
        return "created timescaledb " + version(c) + " in schema public";
    }

    /** Whether the extension is installed outside schema public, where V15 and V16 move it from. */
    public static boolean needsMove(Connection c) throws SQLException {
        String schema = extensionSchema(c);
        return schema != null && !"public".equals(schema);
    }

    private static String extensionSchema(Connection c) throws SQLException {
        return text(c, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                + "WHERE e.extname = 'timescaledb'");
    }

    /** The server's preloaded libraries, or null where this role may not read them (then creating tells). */
    private static String preloadedLibraries(Connection c) throws SQLException {
        try {
            String preload = text(c, "SELECT current_setting('shared_preload_libraries', true)");
            return preload == null ? "" : preload;
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }

    private static String version(Connection c) throws SQLException {
        return text(c, "SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'");
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
