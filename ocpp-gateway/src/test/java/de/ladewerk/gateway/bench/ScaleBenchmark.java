package de.ladewerk.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.security.PasswordHasher;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Connection scale (issue 5): {@code stations} stations from one generator process connect to one gateway,
 * boot, and send heartbeats at a limited total rate while all stay connected. Reports what the generator
 * measured (connect rate, boot and heartbeat latency, its CPU and memory) and, for the gateway, the most
 * connections held, its CPU, RSS and the live heap per connection (after a full GC with all connected).
 *
 * <p>Arguments {@code key=value}: {@code stations} (15000), {@code calls} per station incl. the boot (4),
 * {@code rate} calls/s over all stations (2000), {@code rampUp} (PT60S), {@code hashKib} (1024),
 * {@code generatorHeap} (2g), {@code eventLoops} of the generator (2).
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = BenchArguments.parse(args);
        int stations = BenchArguments.integer(a, "stations", 15_000);
        int hashKib = BenchArguments.integer(a, "hashKib", 1024);
        System.out.printf("one Argon2id verification: %.1f ms at %d KiB (this run), %.1f ms at the app's 19456 KiB%n",
                verifyMillis(hashKib), hashKib, verifyMillis(19_456));
        try (BenchGateway bench = new BenchGateway(stations, hashKib, 16)) {
            System.gc();
            long baseHeap = heapUsedMb();
            long baseRss = ProcessFigures.rssMb();
            ProcessFigures figures = new ProcessFigures();
            Peak peak = new Peak(bench, stations);
            JsonNode report;
            try {
                report = Generator.load(a.getOrDefault("generatorHeap", "2g"), List.of(
                        "--url", bench.endpoint().toString(), "--stations", Integer.toString(stations),
                        "--identity-prefix", BenchGateway.PREFIX, "--password", BenchGateway.PASSWORD,
                        "--calls-per-station", Integer.toString(BenchArguments.integer(a, "calls", 4)),
                        "--rate", Integer.toString(BenchArguments.integer(a, "rate", 2000)),
                        "--ramp-up", a.getOrDefault("rampUp", "PT60S"), "--max-duration", "PT15M", "--hold", "PT5S",
                        "--event-loops", Integer.toString(BenchArguments.integer(a, "eventLoops", 2))));
            } finally {
                peak.stop();
            }
            JsonNode hb = report.path("calls").path("byAction").path("Heartbeat").path("latencyMillis");
            JsonNode boot = report.path("calls").path("byAction").path("BootNotification").path("latencyMillis");
            JsonNode connect = report.path("connections");
            JsonNode gen = report.path("generator");
            long held = peak.connections;
            System.out.printf("""

                    === scale: %d stations asked, %d connected (%d failed), errors %s
                    connect rate %.0f /s, connect ms p50 %.0f p99 %.0f; boot ms p50 %.1f p99 %.1f; heartbeat ms p50 %.1f p95 %.1f p99 %.1f max %.1f
                    gateway: held %d connections at once; CPU %.2f cores avg; RSS %d -> %d MB (%.1f KB per connection);
                      live heap %d -> %d MB after full GC with %d connected (%.1f KB per connection)
                    generator: CPU %.1f s (avg %.2f, peak %.2f cores), RSS peak %d MB (%.1f KB per station), heap max %d MB, saturated %s
                    machine busy %.0f %%; load average before %.1f, after %.1f
                    """, stations, connect.path("connected").asLong(), connect.path("failed").asLong(), report.path("errors"),
                    connect.path("perSecond").asDouble(), connect.path("connectMillis").path("p50").asDouble(),
                    connect.path("connectMillis").path("p99").asDouble(), boot.path("p50").asDouble(),
                    boot.path("p99").asDouble(), hb.path("p50").asDouble(), hb.path("p95").asDouble(),
                    hb.path("p99").asDouble(), hb.path("max").asDouble(), held, figures.processCores(), baseRss,
                    peak.rssMb, perConnectionKb(peak.rssMb - baseRss, held), baseHeap, peak.heapMb, peak.heapAt,
                    perConnectionKb(peak.heapMb - baseHeap, peak.heapAt), gen.path("cpuSeconds").asDouble(),
                    gen.path("averageCoresUsed").asDouble(), gen.path("peakCoresUsed").asDouble(),
                    gen.path("peakRssMb").asLong(), perConnectionKb(gen.path("peakRssMb").asLong(), stations),
                    gen.path("heapMaxMb").asLong(), gen.path("saturated").asBoolean(), figures.machineBusy() * 100,
                    figures.loadBefore(), ProcessFigures.loadAverage());
        }
    }

    private static double perConnectionKb(long mb, long connections) {
        return connections == 0 ? 0 : mb * 1024.0 / connections;
    }

    private static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_048_576;
    }

    private static double verifyMillis(int kib) {
        PasswordHasher hasher = new PasswordHasher(kib, 2);
        String hash = hasher.hash(BenchGateway.PASSWORD);
        hasher.verify(BenchGateway.PASSWORD, hash);
        long start = System.nanoTime();
        int rounds = 5;
        for (int i = 0; i < rounds; i++) {
            hasher.verify(BenchGateway.PASSWORD, hash);
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    /** Samples the gateway every second: most connections, peak RSS, and the live heap once all are connected. */
    private static final class Peak {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        volatile long connections;
        volatile long rssMb;
        volatile long heapMb;
        volatile long heapAt;

        Peak(BenchGateway bench, int stations) {
            timer.scheduleAtFixedRate(() -> {
                long now = bench.gateway().connections().size();
                connections = Math.max(connections, now);
                rssMb = Math.max(rssMb, ProcessFigures.rssMb());
                if (heapAt == 0 && now >= stations) {
                    System.gc(); // once, with every station connected: what the connections keep alive
                    heapMb = heapUsedMb();
                    heapAt = now;
                }
            }, 1, 1, TimeUnit.SECONDS);
        }

        void stop() {
            timer.shutdownNow();
        }
    }
}
