package de.ladewerk.app.api;

import de.ladewerk.gateway.devmodel.StationReports;
import io.vertx.ext.web.Router;
import java.util.Map;

/**
 * What stations reported about themselves:
 * {@code GET /api/stations/{id}/variables?component=&variable=} (2.0.1 device model; 1.6 configuration
 * keys appear under component {@code OCPP16}), {@code GET /api/stations/{id}/monitors},
 * {@code GET /api/stations/{id}/device-events?limit=} and {@code GET /api/stations/{id}/charging-profiles}.
 */
public final class DeviceModelRoutes implements ApiRoutes {

    private static final int MAX_EVENTS = 500;

    private final StationReports reports;

    public DeviceModelRoutes(StationReports reports) {
        this.reports = reports;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/stations/:id/variables").handler(ctx -> {
            String id = ctx.pathParam("id");
            String component = ctx.queryParams().get("component");
            String variable = ctx.queryParams().get("variable");
            api.blocking(ctx, () -> reports.deviceModel().queries().variables(id, component, variable))
                    .onSuccess(items -> Api.json(ctx, 200, Map.of("stationId", id, "items", items)));
        });
        router.get("/api/stations/:id/monitors").handler(ctx -> {
            String id = ctx.pathParam("id");
            api.blocking(ctx, () -> reports.deviceModel().queries().monitors(id))
                    .onSuccess(items -> Api.json(ctx, 200, Map.of("stationId", id, "items", items)));
        });
        router.get("/api/stations/:id/device-events").handler(ctx -> {
            String id = ctx.pathParam("id");
            int limit;
            try {
                limit = Api.intParam(ctx, "limit", 100, 1, MAX_EVENTS);
            } catch (IllegalArgumentException e) {
                Api.error(ctx, 400, "bad_request", e.getMessage());
                return;
            }
            api.blocking(ctx, () -> reports.deviceModel().queries().events(id, limit))
                    .onSuccess(items -> Api.json(ctx, 200, Map.of("stationId", id, "items", items)));
        });
        router.get("/api/stations/:id/charging-profiles").handler(ctx -> {
            String id = ctx.pathParam("id");
            api.blocking(ctx, () -> reports.chargingProfiles().profiles(id))
                    .onSuccess(items -> Api.json(ctx, 200, Map.of("stationId", id, "items", items)));
        });
    }
}
