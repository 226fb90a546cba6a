package de.ladewerk.gateway.aggregate.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Refreshes the aggregates Ladewerk maintains itself (the rows of {@code ocpp.aggregate_refreshes}, see
 * V14__aggregates.sql): on plain PostgreSQL all of them, on TimescaleDB only those a continuous
 * aggregate cannot express (TimescaleDB's policies refresh the others).
 *
 * <p>One transaction per aggregate moves its watermark to the start of the current bucket and runs
 * {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}, whose query reads that watermark, so readers always
 * see a materialized part and a watermark that belong together. A transaction-scoped advisory lock
 * lets only one node refresh a view at a time; the others skip it. Blocking: call it off the event loop.
 */
public final class AggregateRefresher {

    /** Where views may live and how they may be named: the names go into SQL text. */
    private static final Pattern VIEW_NAME = Pattern.compile("ocpp\\.[a-z_][a-z0-9_]*");

    private final DataSource dataSource;

    public AggregateRefresher(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Refreshes every aggregate listed, each on its own.
     *
     * @return the views refreshed now (a view another node was refreshing is left out)
     */
    public List<String> refreshAll() throws SQLException {
        List<String> refreshed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String view : views(c)) {
                if (refresh(c, view)) {
                    refreshed.add(view);
                }
            }
        }
        return refreshed;
    }

    private static List<String> views(Connection c) throws SQLException {
        List<String> views = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT view_name FROM ocpp.aggregate_refreshes ORDER BY view_name")) {
            while (rs.next()) {
                views.add(rs.getString(1));
            }
        }
        return views;
    }

    private static boolean refresh(Connection c, String view) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            String materialized = claim(c, view);
            if (materialized == null) {
                c.rollback();
                return false;
            }
            if (!VIEW_NAME.matcher(materialized).matches()) {
                throw new SQLException("not a materialized view Ladewerk refreshes: " + materialized);
            }
            try (Statement s = c.createStatement()) {
                s.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY " + materialized);
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Takes the view's lock and moves its watermark; null when another node holds the lock. */
    private static String claim(Connection c, String view) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "ladewerk aggregate " + view);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return null;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE ocpp.aggregate_refreshes
                   SET complete_before = date_bin(bucket, now(), TIMESTAMPTZ '2000-01-01 00:00:00+00'),
                       refreshed_at = now()
                 WHERE view_name = ? RETURNING materialized_view""")) {
            ps.setString(1, view);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
