package de.ladewerk.app.web;

import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import de.ladewerk.gateway.query.LivePowerQueries;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** {@code GET /api/dashboard/live-power}: each charging station's current power, for the overview's map. */
public final class LivePowerRoutes implements ApiRoutes {

    /** A reading older than this no longer counts as now (stations sample every minute or so). */
    static final Duration FRESH = Duration.ofMinutes(15);

    private final LivePowerQueries power;
    private final Clock clock;

    public LivePowerRoutes(LivePowerQueries power, Clock clock) {
        this.power = power;
        this.clock = clock;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/dashboard/live-power").handler(ctx -> api.blocking(ctx, () -> power.perStation(clock.instant().minus(FRESH)))
                .onSuccess(items -> Api.json(ctx, 200, Map.of("items", items))));
    }
}
