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

    private final String csp;

    /** Everything from this server only (the map is drawn offline). */
    public StaticRoutes() {
        this(null);
    }

    /**
     * Everything from this server; images also from the operator's map tile server if one is configured.
     *
     * @param mapTileUrl tile URL template like {@code https://{s}.tile.example.org/{z}/{x}/{y}.png}, or null
     */
    public StaticRoutes(String mapTileUrl) {
        this.csp = "default-src 'self'; img-src 'self' data:" + (mapTileUrl == null ? "" : " " + tileOrigin(mapTileUrl))
                + "; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    /** The scheme and host of a tile URL template; a {s} subdomain placeholder becomes a wildcard. */
    static String tileOrigin(String template) {
        int hostStart = template.indexOf("://") + 3;
        int hostEnd = template.indexOf('/', hostStart);
        String origin = template.substring(0, hostEnd < 0 ? template.length() : hostEnd);
        return origin.replace("{s}", "*");
    }

    @Override
    public void mount(Router router, Api api) {
        router.route().handler(ctx -> {
            if (!ctx.normalizedPath().startsWith("/api/")) {
                ctx.response().putHeader("Content-Security-Policy", csp).putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Referrer-Policy", "no-referrer").putHeader("X-Frame-Options", "DENY");
            }
            ctx.next();
        });
        router.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setMaxAgeSeconds(86_400));
        router.get("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false).setIndexPage("index.html"));
    }
}
