package de.ladewerk.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * CPU seconds the PostgreSQL backends of the benchmark's database used (from /proc, same machine): with
 * the gateway's and the generator's CPU it gives the cost of a sampled value whatever else the machine
 * is doing, which a busy shared machine cannot give as a rate. WAL writer and checkpointer are not counted.
 */
final class BackendCpu {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final DataSource dataSource;
    private Map<Integer, Long> start = new HashMap<>();

    BackendCpu(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        start = ticks();
    }

    /** CPU seconds since construction (or the last call), over backends alive now. */
    double secondsSinceLast() throws SQLException {
        Map<Integer, Long> now = ticks();
        long used = 0;
        for (Map.Entry<Integer, Long> e : now.entrySet()) {
            used += e.getValue() - start.getOrDefault(e.getKey(), 0L);
        }
        start = now;
        return used / TICKS_PER_SECOND;
    }

    private Map<Integer, Long> ticks() throws SQLException {
        Map<Integer, Long> ticks = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rs.next()) {
                int pid = rs.getInt(1);
                long t = processTicks(pid);
                if (t >= 0) {
                    ticks.put(pid, t);
                }
            }
        }
        return ticks;
    }

    /** utime + stime of a process, or -1 when it is gone or not readable. */
    private static long processTicks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
