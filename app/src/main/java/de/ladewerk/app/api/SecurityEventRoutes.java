package de.ladewerk.app.api;

import de.ladewerk.gateway.securityevent.SecurityEventQueries;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code GET /api/stations/{id}/security-events?limit=&before=}: the station's reported security events,
 * newest first; page backwards with {@code before} = the oldest {@code time} of the previous page.
 */
public final class SecurityEventRoutes implements ApiRoutes {

    private static final int MAX_PAGE = 500;

    private final SecurityEventQueries events;

    public SecurityEventRoutes(SecurityEventQueries events) {
        this.events = events;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/stations/:id/security-events").handler(ctx -> list(ctx, api));
    }

    private void list(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        int limit;
        Instant before;
        try {
            limit = Api.intParam(ctx, "limit", 100, 1, MAX_PAGE);
            String raw = ctx.queryParams().get("before");
            before = raw == null ? null : Instant.parse(raw);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> events.forStation(id, before, limit))
                .onSuccess(items -> Api.json(ctx, 200, Map.of("items", items, "limit", limit)));
    }
}
