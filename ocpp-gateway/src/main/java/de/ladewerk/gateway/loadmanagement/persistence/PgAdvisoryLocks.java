package de.ladewerk.gateway.loadmanagement.persistence;

import de.ladewerk.gateway.loadmanagement.GroupLocks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cluster-wide ownership of allocation groups through PostgreSQL session advisory locks on one dedicated
 * connection: the node whose connection holds a group's lock allocates it. When the node dies or its
 * connection breaks, PostgreSQL releases the locks and another node takes the groups on its next tick.
 * Blocking: worker threads only, one at a time.
 */
public final class PgAdvisoryLocks implements GroupLocks {

    private static final Logger LOG = LoggerFactory.getLogger(PgAdvisoryLocks.class);

    private final DataSource dataSource;
    private final Set<String> held = new HashSet<>();
    private Connection connection;
    private boolean closed;

    public PgAdvisoryLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this node holds (or now took) the group's lock. */
    @Override
    public synchronized boolean tryHold(String groupId) {
        try {
            if (closed) {
                return false;
            }
            ensureConnection();
            if (held.contains(groupId)) {
                return true;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT pg_try_advisory_lock(hashtext('ladewerk.load-management'), hashtext(?))")) {
                ps.setString(1, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        held.add(groupId);
                        return true;
                    }
                    return false;
                }
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    /** Lets go of a group (e.g. its sites were deleted). */
    @Override
    public synchronized void release(String groupId) {
        try {
            if (held.remove(groupId) && connection != null) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT pg_advisory_unlock(hashtext('ladewerk.load-management'), hashtext(?))")) {
                    ps.setString(1, groupId);
                    ps.execute();
                }
            }
        } catch (SQLException failure) {
            throw new DataAccessException(failure);
        }
    }

    @Override
    public synchronized Set<String> held() {
        return Set.copyOf(held);
    }

    /** A broken connection has lost its locks: forget them, so groups are re-acquired (and their state rebuilt). */
    private void ensureConnection() throws SQLException {
        if (connection != null && !connection.isValid(2)) {
            LOG.warn("load management lost its lock connection; the groups {} are up for grabs again", held);
            closeQuietly();
        }
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
    }

    private void closeQuietly() {
        held.clear();
        try {
            if (connection != null) {
                // a pooled connection outlives close(): its session locks must go explicitly
                try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    ps.execute();
                } finally {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            LOG.debug("closing the lock connection: {}", e.getMessage());
        }
        connection = null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly();
    }
}
