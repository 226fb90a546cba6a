package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.database.DatabaseUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A circuit breaker for the database: once an access fails because the database cannot be reached (no
 * connection within the pool's timeout, connection refused or terminated, server shutting down), it is
 * <em>open</em> and writes and station handshakes fail at once instead of each waiting for a timeout. After
 * {@code coolDown} it lets attempts through again (half-open): the first success closes it, the first
 * connection failure opens it for another cool-down. Errors of single statements (constraints, bad data)
 * never open it. Thread-safe.
 */
public final class DatabaseBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBreaker.class);

    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    private volatile boolean open;
    private volatile long retryAtNanos;

    public DatabaseBreaker(Duration coolDown) {
        this(coolDown, System::nanoTime);
    }

    DatabaseBreaker(Duration coolDown, LongSupplier nanoTime) {
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether an attempt may go to the database now: closed, or open but its cool-down is over. */
    public boolean allows() {
        return !open || nanoTime.getAsLong() - retryAtNanos >= 0;
    }

    /** Whether the database is known to be unreachable (for readiness). */
    public boolean isOpen() {
        return open;
    }

    /** An access succeeded: the database is back. */
    public void succeeded() {
        if (open) {
            open = false;
            LOG.info("database reachable again: writes and handshakes resume");
        }
    }

    /** An access failed; opens the breaker if the failure says the database cannot be reached. Returns that. */
    public boolean failed(Throwable failure) {
        if (!isUnreachable(failure)) {
            return false;
        }
        retryAtNanos = nanoTime.getAsLong() + coolDownNanos;
        if (!open) {
            open = true;
            LOG.warn("database unreachable ({}): failing writes and handshakes fast, retrying every {} ms",
                    failure.getMessage(), coolDownNanos / 1_000_000);
        }
        return true;
    }

    /** A failure that means the database (not the statement) is the problem. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (isConnectionState(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConnectionState(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) or 57P (admin / crash shutdown, cannot connect now). */
    private static boolean isConnectionState(Throwable t) {
        return t instanceof SQLException e && e.getSQLState() != null
                && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"));
    }
}
