package de.ladewerk.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ingest benchmark (issue 3): {@code stations} stations send MeterValues (5 sampled values each) back to
 * back against a real gateway on a fresh database; the sampled values persisted per second are counted in
 * {@code ocpp.meter_samples}, not taken from the client. Then the same rows are written again with one plain
 * COPY into the emptied table: the physical baseline, in the same run on the same database.
 *
 * <p>Arguments {@code key=value}: {@code stations} (1000), {@code calls} per station incl. the boot (61),
 * {@code version} (1.6), {@code profile} (METER_VALUES, or METER_VALUES_FULL: 13 values per call), {@code pool} (16),
 * {@code hashKib} (1024), {@code generatorHeap} (1g), {@code warmup} (0): calls per station of a first, unmeasured
 * run; with it the measured run sees a warm JIT and stations whose password was checked once already (as after
 * any reconnect), so its CPU figures are the steady per-message cost. The gateway's CPU is also split by thread
 * group: event loops and writer (per message), password checks (per first connect), the rest (JIT, GC).
 * Run from a JVM of its own; the generator runs in another (see {@link Generator}).
 */
public final class IngestBenchmark {

    private static final String COLUMNS = "(time, session_id, station_id, evse_id, measurand, phase, location, context, "
            + "unit, multiplier, value, normalized_value, normalized_unit, format)";

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = BenchArguments.parse(args);
        int stations = BenchArguments.integer(a, "stations", 1000);
        int calls = BenchArguments.integer(a, "calls", 61);
        try (BenchGateway bench = new BenchGateway(stations, BenchArguments.integer(a, "hashKib", 1024),
                BenchArguments.integer(a, "pool", 16))) {
            int warmup = BenchArguments.integer(a, "warmup", 0);
            if (warmup > 0) {
                Generator.load(a.getOrDefault("generatorHeap", "1g"), loadArguments(a, bench, stations, warmup));
                bench.truncateSamples(); // the COPY baseline copies the measured run's rows only
            }
            long before = bench.count("SELECT count(*) FROM ocpp.meter_samples");
            ProcessFigures figures = new ProcessFigures();
            ThreadCpu threads = new ThreadCpu();
            DatabaseWaits waits = new DatabaseWaits(bench.dataSource());
            BackendCpu database = new BackendCpu(bench.dataSource());
            JsonNode report = Generator.load(a.getOrDefault("generatorHeap", "1g"), loadArguments(a, bench, stations, calls));
            waits.close();
            double gatewayCores = figures.processCores();
            double gatewayCpu = figures.processSeconds();
            Map<String, Double> byGroup = threads.secondsByGroup();
            double databaseCpu = database.secondsSinceLast();
            double machineBusy = figures.machineBusy();
            long gatewayRss = ProcessFigures.rssMb();
            long rows = bench.count("SELECT count(*) FROM ocpp.meter_samples") - before;
            JsonNode mv = report.path("calls").path("byAction").path("MeterValues");
            long answered = mv.path("answered").asLong();
            double window = mv.path("perSecond").asDouble() > 0
                    ? (answered + mv.path("failed").asLong()) / mv.path("perSecond").asDouble() : 0;
            double persistedPerSecond = window > 0 ? rows / window : 0;
            Copy copy = copyBaseline(bench, rows, database);
            double copyPerSecond = copy.rowsPerSecond();
            double generatorCpu = report.path("generator").path("cpuSeconds").asDouble();
            JsonNode latency = mv.path("latencyMillis");
            System.out.printf("""

                    === ingest: %s, %d stations, %d MeterValues answered (%d failed), errors %s
                    sampled values persisted: %d rows in %.1f s = %.0f /s (client claims %.0f /s)
                    COPY baseline (same rows, same table, one COPY + commit): %.0f /s -> ratio %.2f
                    MeterValues answer latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f
                    gateway JVM: %.2f cores, RSS %d MB; generator: %.2f cores avg (peak %.2f), RSS %d MB
                    machine busy %.0f %% of %d cores; load average before %.1f, after %.1f
                    CPU ms per 1,000 sampled values: gateway %.1f, database backends %.1f, generator %.1f
                      gateway by threads: %s
                      -> %.0f values/s if the machine's %d cores did nothing else; COPY: database %.1f ms per 1,000
                    group commit: %s
                    database backends (average active, by wait): %s
                    """, a.getOrDefault("profile", "METER_VALUES"), stations, answered, mv.path("failed").asLong(), report.path("errors"), rows, window,
                    persistedPerSecond, report.path("calls").path("sampledValuesPerSecond").asDouble(), copyPerSecond,
                    copyPerSecond > 0 ? persistedPerSecond / copyPerSecond : 0, latency.path("p50").asDouble(),
                    latency.path("p95").asDouble(), latency.path("p99").asDouble(), latency.path("max").asDouble(),
                    gatewayCores, gatewayRss, report.path("generator").path("averageCoresUsed").asDouble(),
                    report.path("generator").path("peakCoresUsed").asDouble(),
                    report.path("generator").path("peakRssMb").asLong(), machineBusy * 100,
                    Runtime.getRuntime().availableProcessors(), figures.loadBefore(), ProcessFigures.loadAverage(),
                    perThousand(gatewayCpu, rows), perThousand(databaseCpu, rows), perThousand(generatorCpu, rows),
                    byThreads(byGroup, gatewayCpu, rows),
                    rows * Runtime.getRuntime().availableProcessors() / (gatewayCpu + databaseCpu + generatorCpu),
                    Runtime.getRuntime().availableProcessors(), perThousand(copy.databaseCpuSeconds(), rows),
                    bench.writerFigures(), waits.summary());
        }
    }

    private static List<String> loadArguments(Map<String, String> a, BenchGateway bench, int stations, int calls) {
        return List.of("--url", bench.endpoint().toString(), "--version", a.getOrDefault("version", "1.6"),
                "--stations", Integer.toString(stations), "--identity-prefix", BenchGateway.PREFIX,
                "--password", BenchGateway.PASSWORD, "--calls-per-station", Integer.toString(calls),
                "--profile", a.getOrDefault("profile", "METER_VALUES"), "--ramp-up", "PT5S", "--max-duration", "PT10M");
    }

    /** "event loops 12.3, writer 2.1, …, other (JIT, GC, …) 4.5" in ms per 1,000 values. */
    private static String byThreads(Map<String, Double> byGroup, double gatewayCpu, long rows) {
        StringBuilder out = new StringBuilder();
        double listed = 0;
        for (Map.Entry<String, Double> e : byGroup.entrySet()) {
            out.append(String.format("%s %.1f, ", e.getKey(), perThousand(e.getValue(), rows)));
            listed += e.getValue();
        }
        return out.append(String.format("other (JIT, GC, …) %.1f", perThousand(gatewayCpu - listed, rows))).toString();
    }

    private static double perThousand(double seconds, long rows) {
        return rows == 0 ? 0 : seconds * 1000 * 1000 / rows;
    }

    private record Copy(double rowsPerSecond, double databaseCpuSeconds) {
    }

    /**
     * Copies the table's rows out, empties it, and times one COPY of them back in (committed, synchronous
     * commit as configured): rows per second.
     */
    private static Copy copyBaseline(BenchGateway bench, long expectedRows, BackendCpu database) throws Exception {
        try (Connection c = bench.dataSource().getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.copyOut("COPY (SELECT " + COLUMNS.substring(1, COLUMNS.length() - 1) + " FROM ocpp.meter_samples) TO STDOUT", out);
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE ocpp.meter_samples");
                s.execute("CHECKPOINT");
            }
            byte[] rows = out.toByteArray();
            c.setAutoCommit(false);
            database.secondsSinceLast();
            long start = System.nanoTime();
            long copied = copy.copyIn("COPY ocpp.meter_samples " + COLUMNS + " FROM STDIN", new ByteArrayInputStream(rows));
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (copied != expectedRows) {
                throw new IllegalStateException("COPY wrote " + copied + " rows, expected " + expectedRows);
            }
            return new Copy(copied / seconds, database.secondsSinceLast());
        }
    }
}
