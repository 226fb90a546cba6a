package de.ladewerk.gateway.metrics;

import de.ladewerk.gateway.admission.ConnectionRefusals;
import de.ladewerk.ocpp.OcppVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/** The gateway's meters. Never tagged by station: per-station health lives in the database. */
public final class GatewayMetrics {

    private final MeterRegistry registry;
    private final Map<OcppVersion, AtomicInteger> connections = new EnumMap<>(OcppVersion.class);
    private final Timer writeDuration;
    private final DistributionSummary batchSize;
    private final Counter writeFailures;
    private final Map<CallKey, Counter> calls = new ConcurrentHashMap<>();
    private final Map<CallKey, Timer> callDurations = new ConcurrentHashMap<>();
    private final Map<String, ConnectionRefusals> refusals = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (OcppVersion v : OcppVersion.values()) {
            AtomicInteger count = new AtomicInteger();
            connections.put(v, count);
            Gauge.builder(GatewayMetricNames.CONNECTIONS, count, AtomicInteger::get)
                    .description("open station connections").tag("version", v.subprotocol()).register(registry);
        }
        writeDuration = Timer.builder(GatewayMetricNames.DB_WRITE_DURATION)
                .description("one group-commit transaction").publishPercentileHistogram().register(registry);
        batchSize = DistributionSummary.builder(GatewayMetricNames.DB_WRITE_BATCH_SIZE)
                .description("submissions per group-commit transaction").publishPercentileHistogram().register(registry);
        writeFailures = Counter.builder(GatewayMetricNames.DB_WRITE_FAILURES).register(registry);
    }

    /** Watches the writer's queue: a growing one means the database is the bottleneck. */
    public void watchWriteQueue(IntSupplier queued) {
        Gauge.builder(GatewayMetricNames.DB_WRITE_QUEUED, queued, IntSupplier::getAsInt)
                .description("submissions waiting to be committed").register(registry);
    }

    public void connectionOpened(OcppVersion v) {
        connections.get(v).incrementAndGet();
    }

    public void connectionClosed(OcppVersion v) {
        connections.get(v).decrementAndGet();
    }

    /**
     * One call answered (inbound) or one answer received (outbound).
     *
     * @param action  an action of the version's registry, or "unknown"
     * @param outcome "ok" or the error kind
     */
    public void call(OcppVersion v, String action, String direction, String outcome, long nanos) {
        // Cached per tag set: this runs for every frame, and the tag values are bounded (registry actions).
        calls.computeIfAbsent(new CallKey(v, action, direction, outcome), k -> registry.counter(
                GatewayMetricNames.CALLS, "version", v.subprotocol(), "action", action,
                "direction", direction, "outcome", outcome)).increment();
        if ("inbound".equals(direction)) {
            callDurations.computeIfAbsent(new CallKey(v, action, direction, ""), k -> Timer
                    .builder(GatewayMetricNames.CALL_DURATION).tags("version", v.subprotocol(), "action", action)
                    .publishPercentileHistogram().register(registry)).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private record CallKey(OcppVersion version, String action, String direction, String outcome) {
    }

    /** Watches the Argon2id checks waiting for the password pool. */
    public void watchPasswordChecks(java.util.function.IntSupplier waiting) {
        Gauge.builder(GatewayMetricNames.PASSWORD_CHECKS_WAITING, waiting, w -> w.getAsInt())
                .description("station password checks waiting for the Argon2id pool").register(registry);
    }

    /** The refusal counter of one listener ({@code ocpp}, {@code ocpp-tls}). */
    public ConnectionRefusals refusals(String listener) {
        return refusals.computeIfAbsent(listener, l -> new ConnectionRefusals(registry, l));
    }

    public void handshakeRejected(int status) {
        registry.counter(GatewayMetricNames.HANDSHAKES_REJECTED, "status", Integer.toString(status)).increment();
    }

    public void badFrame(OcppVersion v) {
        registry.counter(GatewayMetricNames.BAD_FRAMES, "version", v.subprotocol()).increment();
    }

    /** One group-commit batch committed. */
    public void batchCommitted(int submissions, long nanos) {
        writeDuration.record(nanos, TimeUnit.NANOSECONDS);
        batchSize.record(submissions);
    }

    /** One group-commit batch failed (its submissions are retried one by one). */
    public void batchFailed(int submissions, Throwable cause) {
        writeFailures.increment();
    }
}
