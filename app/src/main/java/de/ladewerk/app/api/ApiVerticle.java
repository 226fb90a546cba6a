package de.ladewerk.app.api;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * The HTTP server of the API, health and metrics: mounts each {@link ApiRoutes} family, answers
 * unknown paths and failures with the uniform error body.
 */
public final class ApiVerticle extends VerticleBase {

    private final String host;
    private final int port;
    private final List<ApiRoutes> routes;
    private WorkerExecutor blocking;
    private HttpServer server;

    public ApiVerticle(String host, int port, List<ApiRoutes> routes) {
        this.host = host;
        this.port = port;
        this.routes = List.copyOf(routes);
    }

    @Override
    public Future<?> start() {
        blocking = vertx.createSharedWorkerExecutor("ladewerk-api", 8);
        Api api = new Api(blocking);
        Router router = Router.router(vertx);
        routes.forEach(r -> r.mount(router, api));
        router.route().last().handler(ctx -> Api.error(ctx, 404, "not_found", "no resource at " + ctx.request().path()));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            Api.error(ctx, status, status == 500 ? "internal_error" : "error",
                    ctx.failure() == null ? "request failed" : String.valueOf(ctx.failure().getMessage()));
        });
        server = vertx.createHttpServer().requestHandler(router);
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
