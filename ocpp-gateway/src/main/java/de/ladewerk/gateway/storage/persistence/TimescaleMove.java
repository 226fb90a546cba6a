package de.ladewerk.gateway.storage.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the timescaledb extension from schema {@code ocpp} (where databases migrated before got it) to
 * {@code public}, before the migrations and without losing a row: {@code db/timescale/move-to-public.sql}
 * re-creates the extension and the hypertables with their rows, then {@code move-to-public-finish.sql}
 * re-creates the continuous aggregates and policies. TimescaleDB caches its catalog once per session, so
 * the session that ran the first half is closed (evicted from the pool) and the second half runs on a new
 * one. Each half is one transaction; a start that stopped between them finishes the second half.
 */
public final class TimescaleMove {

    private static final Logger LOG = LoggerFactory.getLogger(TimescaleMove.class);

    private TimescaleMove() {
    }

    /** Moves the extension if it is outside public, and finishes a move that stopped half-way. Blocking. */
    public static void runIfNeeded(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        boolean moved = false;
        try {
            if (TimescaleSetup.needsMove(c)) {
                LOG.warn("timescaledb is installed outside schema public: moving it there with every hypertable's rows "
                        + "(time and disk grow with the rows)");
                execute(c, "move-to-public.sql");
                moved = true;
            }
        } finally {
            discard(dataSource, c, moved);
        }
        try (Connection fresh = dataSource.getConnection()) {
            execute(fresh, "move-to-public-finish.sql");
        }
        if (moved) {
            LOG.info("timescaledb moved to schema public; continuous aggregates and policies re-created");
        }
    }

    /** Closes the connection, and after a move every pooled one: their sessions cached the old extension. */
    private static void discard(DataSource dataSource, Connection c, boolean moved) throws SQLException {
        if (moved && dataSource instanceof HikariDataSource hikari) {
            hikari.evictConnection(c);
            hikari.getHikariPoolMXBean().softEvictConnections();
        } else {
            c.close();
        }
    }

    private static void execute(Connection c, String script) throws SQLException {
        String sql;
        try (InputStream in = TimescaleMove.class.getResourceAsStream("/db/timescale/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing resource db/timescale/" + script);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read db/timescale/" + script, e);
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
