package de.ladewerk.app.web;

import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import io.vertx.ext.web.Router;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/dashboard/settings}: what the dashboard formats and draws with, as the operator configured it:
 * the time zone of every displayed time and the optional map tile URL (none: offline district outlines).
 */
public final class DashboardSettingsRoutes implements ApiRoutes {

    private final ZoneId zone;
    private final String mapTileUrl;

    public DashboardSettingsRoutes(ZoneId zone, String mapTileUrl) {
        this.zone = zone;
        this.mapTileUrl = mapTileUrl;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/dashboard/settings").handler(ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("zone", zone.getId());
            body.put("mapTileUrl", mapTileUrl);
            Api.json(ctx, 200, body);
        });
    }
}
