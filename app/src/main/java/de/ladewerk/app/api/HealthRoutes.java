package de.ladewerk.app.api;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Liveness, readiness (database and gateway) and the Prometheus scrape. Readiness answers within
 * {@link #DATABASE_CHECK_MILLIS} even when the database hangs: a check that takes longer counts as DOWN.
 */
public final class HealthRoutes implements ApiRoutes {

    /** Longest wait for the database check before readiness says DOWN (well under the 1 s readiness promise). */
    static final long DATABASE_CHECK_MILLIS = 700;

    private final BooleanSupplier databaseReachable;
    private final BooleanSupplier gatewayListening;
    private final PrometheusMeterRegistry prometheus;

    /** @param databaseReachable blocking check, run on the worker pool */
    public HealthRoutes(BooleanSupplier databaseReachable, BooleanSupplier gatewayListening,
                        PrometheusMeterRegistry prometheus) {
        this.databaseReachable = databaseReachable;
        this.gatewayListening = gatewayListening;
        this.prometheus = prometheus;
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
                    Api.json(ctx, db && gateway ? 200 : 503, body);
                });
    }
}
