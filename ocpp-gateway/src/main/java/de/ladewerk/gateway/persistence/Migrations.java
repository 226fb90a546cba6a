package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.storage.StorageLayout;
import de.ladewerk.gateway.storage.persistence.TimescaleMove;
import de.ladewerk.gateway.storage.TimescaleMode;
import de.ladewerk.gateway.storage.persistence.TimescaleSetup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flyway migrations of the gateway's schema {@code ocpp}, after {@link TimescaleSetup} chose the layout. */
public final class Migrations {

    /** Where the gateway's migration scripts are on the class path. */
    public static final String LOCATION = "classpath:db/ocpp";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /**
     * Migrations edited after release, with their checksum before and after. V2 and V4 created the
     * extension themselves, in whatever schema was first on Flyway's search path ({@code ocpp}); now
     * {@link TimescaleSetup} creates it in {@code public} and they only look whether it is there. A database
     * that applied the old text gets the new checksum recorded (only if it has exactly the old one), and
     * {@link TimescaleMove} moves its extension.
     */
    private static final List<EditedMigration> EDITED = List.of(
            new EditedMigration("2", 1471902417, 230101284),
            new EditedMigration("4", -1427451901, -82461644));

    private record EditedMigration(String version, int before, int after) {
    }

    private Migrations() {
    }

    /** Brings schema {@code ocpp} up to date, with TimescaleDB where the server offers it. */
    public static StorageLayout migrate(DataSource dataSource) {
        return migrate(dataSource, TimescaleMode.AUTO);
    }

    /** Brings schema {@code ocpp} up to date; {@code mode} decides whether a new database may get TimescaleDB. */
    public static StorageLayout migrate(DataSource dataSource, TimescaleMode mode) {
        String finding;
        try (Connection c = dataSource.getConnection()) {
            finding = TimescaleSetup.prepare(c, mode);
            recordEditedChecksums(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the database for migration: " + e.getMessage(), e);
        }
        try {
            TimescaleMove.runIfNeeded(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move timescaledb to schema public (nothing was changed): "
                    + e.getMessage(), e);
        }
        flyway(dataSource).load().migrate();
        StorageLayout layout = layout(dataSource, finding);
        LOG.info("storage: {} layout; {}", layout.name(), finding);
        return layout;
    }

    /** The Flyway configuration of schema {@code ocpp} (tests migrate to a target version with it). */
    public static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .schemas("ocpp")
                .table("flyway_history")
                // features were built in parallel and their numbers landed out of order (V10 before V8);
                // every migration is independent of the ones numbered between, so applying late ones is safe
                .outOfOrder(true);
    }

    /** The layout the migrations built (V2 records it). */
    public static StorageLayout layout(DataSource dataSource, String finding) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT l.timescaledb, (SELECT n.nspname FROM pg_extension e "
                     + "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'timescaledb') "
                     + "FROM ocpp.storage_layout l")) {
            if (!rs.next()) {
                throw new IllegalStateException("ocpp.storage_layout is empty");
            }
            return new StorageLayout(rs.getBoolean(1), rs.getString(2), finding);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the storage layout: " + e.getMessage(), e);
        }
    }

    private static void recordEditedChecksums(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('ocpp.flyway_history') IS NOT NULL")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE ocpp.flyway_history SET checksum = ? WHERE version = ? AND checksum = ?")) {
            for (EditedMigration m : EDITED) {
                ps.setInt(1, m.after());
                ps.setString(2, m.version());
                ps.setInt(3, m.before());
                if (ps.executeUpdate() > 0) {
                    LOG.info("migration V{} was edited on purpose (TimescaleDB now created in schema public): "
                            + "its recorded checksum is updated", m.version());
                }
            }
        }
    }
}
