package de.ladewerk.app.events;

import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import de.ladewerk.app.auth.AccessGuard;
import de.ladewerk.app.auth.Principal;
import de.ladewerk.app.auth.WebSessions;
import de.ladewerk.gateway.events.LiveEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /api/events}: live events as Server-Sent Events ({@code event: <type>}, {@code data: <json>}),
 * optionally only one station's ({@code ?stationId=}). A comment line every 20 s keeps proxies from closing
 * the stream; a stream whose dashboard session ended (logout, expiry) is closed then.
 */
public final class EventRoutes implements ApiRoutes {

    private static final long KEEPALIVE_MS = 20_000;

    private final LiveEventHub hub;
    private final WebSessions sessions;
    private final AtomicLong sequence = new AtomicLong();

    public EventRoutes(LiveEventHub hub, WebSessions sessions) {
        this.hub = hub;
        this.sessions = sessions;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/events").handler(this::stream);
    }

    private void stream(RoutingContext ctx) {
        Principal who = AccessGuard.principal(ctx).orElseThrow();
        String onlyStation = ctx.queryParams().get("stationId");
        HttpServerResponse response = ctx.response().setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write("retry: 3000\n\n");
        Context context = Vertx.currentContext();
        LiveEventHub.Subscription[] holder = new LiveEventHub.Subscription[1];
        Runnable drain = () -> {
            int missed = holder[0].drain(e -> {
                if (onlyStation == null || onlyStation.equals(e.stationId())) {
                    response.write(frame(e));
                }
            }, () -> !response.writeQueueFull());
            if (missed > 0) {
                response.write("event: events.missed\ndata: {\"count\":" + missed + "}\n\n");
            }
        };
        holder[0] = hub.subscribe(() -> context.runOnContext(v -> drain.run()));
        response.drainHandler(v -> drain.run());
        long timer = ctx.vertx().setPeriodic(KEEPALIVE_MS, id -> {
            if (who.viaCookie() && !sessions.isOpen(who.sessionId())) {
                response.end();
            } else {
                response.write(": keep-alive\n\n");
            }
        });
        response.closeHandler(v -> {
            ctx.vertx().cancelTimer(timer);
            holder[0].close();
        });
        response.endHandler(v -> {
            ctx.vertx().cancelTimer(timer);
            holder[0].close();
        });
    }

    private String frame(LiveEvent e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type());
        body.put("stationId", e.stationId());
        body.put("time", e.time());
        body.put("data", e.data());
        try {
            return "id: " + sequence.incrementAndGet() + "\nevent: " + e.type() + "\ndata: "
                    + Api.JSON.writeValueAsString(body) + "\n\n";
        } catch (Exception ex) {
            return ": unserialisable event " + e.type() + "\n\n";
        }
    }
}
