package de.ladewerk.gateway.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A poor man's database profiler: every 50 ms, what each of the gateway's busy connections is doing or
 * waiting for ({@code pg_stat_activity}); the shares say whether commits (WAL flush), locks, the client
 * or the CPU hold the writes back.
 */
final class DatabaseWaits implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Integer> seen = new TreeMap<>();
    private final Connection connection;
    private int samples;

    DatabaseWaits(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        timer.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'""")) {
            synchronized (seen) {
                samples++;
                while (rs.next()) {
                    seen.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        } catch (SQLException e) {
            // a missed sample changes nothing
        }
    }

    /** Average number of the database's backends in each state, busiest first. */
    String summary() {
        synchronized (seen) {
            StringBuilder b = new StringBuilder();
            seen.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8).forEach(e ->
                    b.append(String.format("%s %.2f  ", e.getKey(), (double) e.getValue() / Math.max(1, samples))));
            return b.toString().trim();
        }
    }

    @Override
    public void close() throws SQLException {
        timer.shutdownNow();
        connection.close();
    }
}
