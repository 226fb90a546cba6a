package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.ladewerk.gateway.station.StationQueries;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * The HTTP API, health and metrics on one port. Reads go to worker threads; every error answers
 * with the same JSON body {@code {"error": {"status", "code", "message"}}}.
 */
public final class ApiVerticle extends VerticleBase {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final int MAX_PAGE = 500;

    private final String host;
    private final int port;
    private final StationQueries stations;
    private final PrometheusMeterRegistry prometheus;
    private final BooleanSupplier gatewayListening;
    private WorkerExecutor blocking;
    private HttpServer server;

    public ApiVerticle(String host, int port, StationQueries stations, PrometheusMeterRegistry prometheus,
                       BooleanSupplier gatewayListening) {
        this.host = host;
        this.port = port;
        this.stations = stations;
        this.prometheus = prometheus;
        this.gatewayListening = gatewayListening;
    }

    @Override
    public Future<?> start() {
        blocking = vertx.createSharedWorkerExecutor("ladewerk-api", 8);
        Router router = Router.router(vertx);
        router.get("/api/stations").handler(this::listStations);
        router.get("/api/stations/:id").handler(this::getStation);
        router.get("/health/live").handler(ctx -> json(ctx, 200, Map.of("status", "UP")));
        router.get("/health/ready").handler(this::ready);
        router.get("/health").handler(this::ready);
        router.get("/metrics").handler(ctx -> blocking.executeBlocking(prometheus::scrape, false)
                .onSuccess(text -> ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                        .end(text)).onFailure(ctx::fail));
        router.route().last().handler(ctx -> error(ctx, 404, "not_found", "no resource at " + ctx.request().path()));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            error(ctx, status, status == 500 ? "internal_error" : "error",
                    ctx.failure() == null ? "request failed" : String.valueOf(ctx.failure().getMessage()));
        });
        server = vertx.createHttpServer().requestHandler(router);
        return server.listen(port, host);
    }

    public int actualPort() {
        return server.actualPort();
    }

    private void listStations(RoutingContext ctx) {
        int limit;
        int offset;
        try {
            limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
            offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        read(ctx, () -> {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", stations.list(limit, offset));
            page.put("total", stations.count());
            page.put("limit", limit);
            page.put("offset", offset);
            return page;
        }).onSuccess(page -> json(ctx, 200, page));
    }

    private void getStation(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        read(ctx, () -> stations.find(id)).onSuccess(found -> found.ifPresentOrElse(s -> json(ctx, 200, s),
                () -> error(ctx, 404, "station_not_found", "no station " + id)));
    }

    private void ready(RoutingContext ctx) {
        blocking.executeBlocking(stations::ping, false).recover(e -> Future.succeededFuture(false)).onSuccess(db -> {
            boolean gateway = gatewayListening.getAsBoolean();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", db && gateway ? "UP" : "DOWN");
            body.put("database", db ? "UP" : "DOWN");
            body.put("gateway", gateway ? "UP" : "DOWN");
            json(ctx, db && gateway ? 200 : 503, body);
        });
    }

    private <T> Future<T> read(RoutingContext ctx, Callable<T> query) {
        return blocking.executeBlocking(query, false).onFailure(ctx::fail);
    }

    private static int intParam(RoutingContext ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParams().get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", is " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, is '" + raw + "'");
        }
    }

    static void json(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    static void error(RoutingContext ctx, int status, String code, String message) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("status", status);
        err.put("code", code);
        err.put("message", message);
        json(ctx, status, Map.of("error", err));
    }

    @Override
    public Future<?> stop() {
        return (server == null ? Future.succeededFuture() : server.close()).eventually(() -> blocking.close());
    }
}
