package de.ladewerk.app.web;

import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The dashboard: plain ES modules and pages from {@code webroot/} on the class path, libraries (Leaflet,
 * Chart.js) from their WebJars under {@code /webjars/}. The files hold no data; every page asks the API,
 * which demands a login. Security headers keep the pages from being framed or fed foreign scripts.
 */
public final class StaticRoutes implements ApiRoutes {

    /** Map tiles come from OpenStreetMap; everything else from this server. */
    private static final String CSP = "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    public void mount(Router router, Api api) {
        router.route().handler(ctx -> {
            if (!ctx.normalizedPath().startsWith("/api/")) {
                ctx.response().putHeader("Content-Security-Policy", CSP).putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Referrer-Policy", "no-referrer").putHeader("X-Frame-Options", "DENY");
            }
            ctx.next();
        });
        router.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setMaxAgeSeconds(86_400));
        router.get("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false).setIndexPage("index.html"));
    }
}
