package de.ladewerk.app.api;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import de.ladewerk.gateway.admission.ConnectionBudget;
import de.ladewerk.gateway.admission.ListenerGuard;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of the API, dashboard, health and metrics: reads request bodies, puts the access guard
 * in front of every {@code /api/**} route, mounts each {@link ApiRoutes} family, and answers unknown
 * paths and failures with the uniform error body.
 */
public final class ApiVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(ApiVerticle.class);

    /** Largest request body accepted (JSON commands and forms are small). */
    private static final long MAX_BODY_BYTES = 1024 * 1024;

    private final String host;
    private final int port;
    private final ApiRoutes accessGuard;
    private final List<ApiRoutes> routes;
    private final ApiListener listener;
    private WorkerExecutor blocking;
    private HttpServer server;

    /**
     * Without any access control: only for tests of one route family in isolation. The application
     * always passes its access guard ({@link #ApiVerticle(String, int, ApiRoutes, List)}).
     */
    public ApiVerticle(String host, int port, List<ApiRoutes> routes) {
        this(host, port, (router, api) -> { }, routes);
    }

    /**
     * @param accessGuard mounted before every family: authenticates and authorises all {@code /api/**} requests
     * @param routes      the route families, mounted in this order
     */
    public ApiVerticle(String host, int port, ApiRoutes accessGuard, List<ApiRoutes> routes) {
        this(host, port, accessGuard, routes, ApiListener.uncounted());
    }

    /** @param listener connection caps, first-request deadline and idle timeout of the listener */
    public ApiVerticle(String host, int port, ApiRoutes accessGuard, List<ApiRoutes> routes, ApiListener listener) {
        this.listener = listener;
        this.host = host;
        this.port = port;
        this.accessGuard = accessGuard;
        this.routes = List.copyOf(routes);
    }

    @Override
    public Future<?> start() {
        blocking = vertx.createSharedWorkerExecutor("ladewerk-api", 8);
        Api api = new Api(blocking);
        Router router = Router.router(vertx);
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        accessGuard.mount(router, api);
        routes.forEach(r -> r.mount(router, api));
        router.route().last().handler(ctx -> Api.error(ctx, 404, "not_found", "no resource at " + ctx.request().path()));
        router.route().failureHandler(ctx -> {
            if (ctx.response().headWritten()) {
                ctx.response().reset(); // a stream already under way cannot turn into an error body
                return;
            }
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            if (status == 500) {
                // the cause (SQL, stack) goes to the log, never to the caller
                LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
                Api.error(ctx, 500, "internal_error", "the request failed inside Ladewerk; the log says why");
            } else {
                Api.error(ctx, status, "error", ctx.failure() == null ? "request failed" : String.valueOf(ctx.failure().getMessage()));
            }
        });
        server = vertx.createHttpServer(new HttpServerOptions()
                .setHttp2ClearTextEnabled(false) // the connection budget counts from accept, not from the first byte
                .setIdleTimeout((int) listener.idleTimeout().toSeconds()));
        ListenerGuard guard = ListenerGuard.install(vertx, server, new ConnectionBudget(listener.limits()),
                listener.limits().handshakeTimeout(), listener.refusals(), "api");
        server.requestHandler(request -> {
            guard.started(request.remoteAddress());
            router.handle(request);
        });
        return server.listen(port, host);
    }

    public int actualPort() {
        return server.actualPort();
    }

    @Override
    public Future<?> stop() {
        return (server == null ? Future.succeededFuture() : server.close()).eventually(() -> blocking.close());
    }
}
