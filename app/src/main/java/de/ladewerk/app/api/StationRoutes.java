package de.ladewerk.app.api;

import de.ladewerk.gateway.station.StationQueries;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/stations} (paged) and {@code GET /api/stations/{id}}. */
public final class StationRoutes implements ApiRoutes {

    private static final int MAX_PAGE = 500;

    private final StationQueries stations;

    public StationRoutes(StationQueries stations) {
        this.stations = stations;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/stations").handler(ctx -> list(ctx, api));
        router.get("/api/stations/:id").handler(ctx -> {
            String id = ctx.pathParam("id");
            api.blocking(ctx, () -> stations.find(id)).onSuccess(found -> found.ifPresentOrElse(
                    s -> Api.json(ctx, 200, s), () -> Api.error(ctx, 404, "station_not_found", "no station " + id)));
        });
    }

    private void list(RoutingContext ctx, Api api) {
        int limit;
        int offset;
        try {
            limit = Api.intParam(ctx, "limit", 100, 1, MAX_PAGE);
            offset = Api.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", stations.list(limit, offset));
            page.put("total", stations.count());
            page.put("limit", limit);
            page.put("offset", offset);
            return page;
        }).onSuccess(page -> Api.json(ctx, 200, page));
    }
}
