package de.ladewerk.app.api;

import de.ladewerk.gateway.maintenance.MaintenanceStatus;
import de.ladewerk.gateway.storage.StorageLayout;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Liveness, readiness (database and gateway) and the Prometheus scrape. Readiness answers within
 * {@link #DATABASE_CHECK_MILLIS} even when the database hangs: a check that takes longer counts as DOWN. It also
 * tells the storage layout and how maintenance goes (which jobs are late); those are details, not a reason to be
 * unready.
 */
public final class HealthRoutes implements ApiRoutes {

    /** Longest wait for the database check before readiness says DOWN (well under the 1 s readiness promise). */
    static final long DATABASE_CHECK_MILLIS = 700;

    private final BooleanSupplier databaseReachable;
    private final BooleanSupplier gatewayListening;
    private final PrometheusMeterRegistry prometheus;
    private final StorageLayout storage;
    private final Supplier<MaintenanceStatus> maintenance;

    /** @param databaseReachable blocking check, run on the worker pool */
    public HealthRoutes(BooleanSupplier databaseReachable, BooleanSupplier gatewayListening,
                        PrometheusMeterRegistry prometheus) {
        this(databaseReachable, gatewayListening, prometheus, null, null);
    }

    /**
     * @param storage     the layout the migrations found and built, or null
     * @param maintenance the maintenance supervisor's latest status (not blocking), or null
     */
    public HealthRoutes(BooleanSupplier databaseReachable, BooleanSupplier gatewayListening,
                        PrometheusMeterRegistry prometheus, StorageLayout storage,
                        Supplier<MaintenanceStatus> maintenance) {
        this.databaseReachable = databaseReachable;
        this.gatewayListening = gatewayListening;
        this.prometheus = prometheus;
        this.storage = storage;
        this.maintenance = maintenance;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/health/live").handler(ctx -> Api.json(ctx, 200, Map.of("status", "UP")));
        router.get("/health/ready").handler(ctx -> ready(ctx, api));
        router.get("/health").handler(ctx -> ready(ctx, api));
        router.get("/metrics").handler(ctx -> api.blocking(ctx, prometheus::scrape).onSuccess(text -> ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(text)));
    }

    private void ready(RoutingContext ctx, Api api) {
        api.executor().executeBlocking(databaseReachable::getAsBoolean, false)
                .timeout(DATABASE_CHECK_MILLIS, TimeUnit.MILLISECONDS)
                .recover(e -> Future.succeededFuture(false)).onSuccess(db -> {
                    boolean gateway = gatewayListening.getAsBoolean();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("status", db && gateway ? "UP" : "DOWN");
                    body.put("database", db ? "UP" : "DOWN");
                    body.put("gateway", gateway ? "UP" : "DOWN");
                    if (storage != null) {
                        body.put("storage", Map.of("layout", storage.name(), "finding", storage.finding()));
                    }
                    if (maintenance != null) {
                        body.put("maintenance", maintenance(maintenance.get()));
                    }
                    Api.json(ctx, db && gateway ? 200 : 503, body);
                });
    }

    private static Map<String, Object> maintenance(MaintenanceStatus status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.late().isEmpty() ? "OK" : "LATE");
        m.put("late", status.late());
        m.put("finding", status.finding());
        m.put("runsHere", status.active());
        m.put("checkedAt", status.checkedAt().toString());
        m.put("jobs", status.jobs().stream().map(j -> {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("name", j.name());
            job.put("intervalSeconds", j.intervalSeconds());
            job.put("lastSuccess", j.lastSuccess() == null ? null : j.lastSuccess().toString());
            job.put("failures", j.failures());
            job.put("late", j.late());
            job.put("lastError", j.lastError());
            return job;
        }).toList());
        return m;
    }
}
