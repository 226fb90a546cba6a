package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.devmodel.DeviceModelService;
import de.ladewerk.gateway.devmodel.LimitOverride;
import de.ladewerk.gateway.devmodel.SplitKind;
import de.ladewerk.gateway.devmodel.StationReports;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stations reported about themselves:
 * {@code GET /api/stations/{id}/variables?component=&variable=} (2.0.1 device model; 1.6 configuration
 * keys appear under component {@code OCPP16}), {@code GET /api/stations/{id}/monitors},
 * {@code GET /api/stations/{id}/device-events?limit=} and {@code GET /api/stations/{id}/charging-profiles}.
 * And the message limits split commands follow (TC_B_08): {@code GET /api/stations/{id}/message-limits} (per
 * action the operator's override and the limits in effect) and {@code PUT /api/stations/{id}/message-limits/{action}}
 * with {@code {"itemsPerMessage": n|null, "bytesPerMessage": n|null}} (both null removes the override).
 */
public final class DeviceModelRoutes implements ApiRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceModelRoutes.class);
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
        router.get("/api/stations/:id/message-limits").handler(this::messageLimits);
        router.put("/api/stations/:id/message-limits/:action").handler(BodyHandler.create().setBodyLimit(1024))
                .handler(ctx -> overrideLimits(ctx, api));
    }

    private void messageLimits(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        DeviceModelService model = reports.deviceModel();
        List<Future<Map<String, Object>>> rows = new ArrayList<>();
        for (SplitKind kind : SplitKind.values()) {
            rows.add(model.limits(id, kind).compose(effective -> model.read(q -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("action", kind.action());
                row.put("override", model.overrides().find(id, kind)
                        .map(o -> limits(o.itemsPerMessage(), o.bytesPerMessage())).orElse(null));
                row.put("effective", limits(bounded(effective.items()), bounded(effective.bytes())));
                return row;
            })));
        }
        Future.all(rows).onSuccess(all -> Api.json(ctx, 200, Map.of("stationId", id, "items", all.list())))
                .onFailure(ctx::fail);
    }

    private void overrideLimits(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        String action = ctx.pathParam("action");
        LimitOverride override;
        try {
            SplitKind kind = Arrays.stream(SplitKind.values()).filter(k -> k.action().equals(action)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no split request " + action + "; one of "
                            + Arrays.stream(SplitKind.values()).map(SplitKind::action).toList()));
            JsonNode body = CommandViews.body(ctx);
            override = new LimitOverride(id, kind.action(), limit(body, "itemsPerMessage"), limit(body, "bytesPerMessage"));
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> reports.deviceModel().overrides().set(override)).onSuccess(found -> {
            if (found) {
                LOG.info("{} set the message limits of {} {} to {}", Api.principal(ctx), id, action, override);
                Api.json(ctx, 200, Map.of("stationId", id, "action", action,
                        "override", limits(override.itemsPerMessage(), override.bytesPerMessage())));
            } else {
                Api.error(ctx, 404, "station_not_found", "no station " + id);
            }
        });
    }

    /** A positive whole number or null/absent (no override of that limit). */
    private static Integer limit(JsonNode body, String field) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isInt() || v.asInt() < 1) {
            throw new IllegalArgumentException(field + " must be a positive whole number or null");
        }
        return v.asInt();
    }

    private static Integer bounded(int limit) {
        return limit == Integer.MAX_VALUE ? null : limit; // none known
    }

    private static Map<String, Object> limits(Integer items, Integer bytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemsPerMessage", items);
        m.put("bytesPerMessage", bytes);
        return m;
    }
}
