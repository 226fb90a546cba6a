package de.ladewerk.simulator.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Runs a load benchmark in this process: one {@link LoadWorker} per event loop, each holding its
 * share of the stations on non-blocking sockets, then merges their figures into a {@link LoadReport}.
 */
public final class LoadRun {

    private final LoadOptions options;
    private final int eventLoops;

    public LoadRun(LoadOptions options, int eventLoops) {
        this.options = options;
        this.eventLoops = eventLoops;
    }

    /** Runs to the end and returns the report; blocks the calling thread (not an event loop). */
    public LoadReport run() throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        try {
            ResourceUsage usage = new ResourceUsage();
            long sampler = vertx.setPeriodic(1000, id -> usage.sample());
            String startedAt = Instant.now().toString();
            long start = System.nanoTime();
            List<LoadWorker> workers = new ArrayList<>();
            List<Future<LoadStats>> results = new ArrayList<>();
            List<Future<String>> deployments = new ArrayList<>();
            for (int i = 0; i < eventLoops; i++) {
                LoadWorker worker = new LoadWorker(options, i, eventLoops);
                workers.add(worker);
                results.add(worker.finished());
                deployments.add(vertx.deployVerticle(worker));
            }
            Future.all(deployments).toCompletionStage().toCompletableFuture().get();
            Future.all(results).toCompletionStage().toCompletableFuture().get();
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(options.hold().toMillis()); // every connection still open
            LoadStats total = new LoadStats();
            for (Future<LoadStats> result : results) {
                total.add(result.result());
            }
            vertx.cancelTimer(sampler);
            LoadReport.Generator generator = usage.report();
            for (String deployment : vertx.deploymentIDs()) {
                vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get();
            }
            return report(total, startedAt, wallSeconds, generator);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    private LoadReport report(LoadStats stats, String startedAt, double wallSeconds, LoadReport.Generator generator) {
        LoadReport.Setup setup = new LoadReport.Setup(options.endpoint().toString(), options.version().subprotocol(),
                options.stations(), options.callsPerStation(), options.callsPerSecond(),
                options.rampUp().toMillis() / 1000.0, options.sourceAddresses().size(), eventLoops,
                options.profile().name().toLowerCase());
        double connectSeconds = seconds(stats.firstConnectNanos, stats.lastConnectedNanos);
        LoadReport.Connections connections = new LoadReport.Connections(stats.connected, stats.connectFailed,
                perSecond(stats.connected, connectSeconds), latency(stats.connectMicros));
        double callSeconds = seconds(stats.firstCallNanos, stats.lastAnswerNanos);
        Map<String, LoadReport.ActionFigures> byAction = new LinkedHashMap<>();
        long total = 0;
        long failed = 0;
        for (Map.Entry<String, ActionStats> e : stats.byAction.entrySet()) {
            ActionStats a = e.getValue();
            byAction.put(e.getKey(), new LoadReport.ActionFigures(a.answered, a.failed,
                    perSecond(a.answered + a.failed, callSeconds), latency(a.latencyMicros)));
            total += a.answered + a.failed;
            failed += a.failed;
        }
        ActionStats meterValues = stats.byAction.get("MeterValues");
        double sampled = meterValues == null ? 0
                : perSecond(meterValues.answered * options.profile().sampledValues(), callSeconds);
        LoadReport.Calls calls = new LoadReport.Calls(total, failed, perSecond(total, callSeconds), byAction, sampled);
        return new LoadReport(setup, startedAt, round(wallSeconds), connections, calls, new java.util.TreeMap<>(stats.errors),
                generator);
    }

    private static LoadReport.Latency latency(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new LoadReport.Latency(0, 0, 0, 0, 0);
        }
        return new LoadReport.Latency(millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)), millis(micros.getMaxValue()), round(micros.getMean() / 1000));
    }

    private static double seconds(long fromNanos, long toNanos) {
        return toNanos > fromNanos ? (toNanos - fromNanos) / 1e9 : 0;
    }

    private static double perSecond(long count, double seconds) {
        return seconds > 0 ? round(count / seconds) : 0;
    }

    private static double millis(long micros) {
        return round(micros / 1000.0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
