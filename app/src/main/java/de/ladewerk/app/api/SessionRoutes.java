package de.ladewerk.app.api;

import de.ladewerk.gateway.session.SessionQueries;
import de.ladewerk.gateway.session.SessionRecord;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Charging sessions, whatever version their station speaks:
 * {@code GET /api/sessions} (filter by station, status, start time; paged, newest first),
 * {@code GET /api/sessions/{id}} (with energy), {@code GET /api/sessions/{id}/curve} (every sample, or
 * one measurand per time bucket) and {@code GET /api/stations/{id}/meter-values} (the last 24 hours).
 */
public final class SessionRoutes implements ApiRoutes {

    private static final Set<String> STATUSES = Set.of(SessionRecord.ACTIVE, SessionRecord.ENDED);
    private static final Duration SMALLEST_BUCKET = Duration.ofSeconds(10);

    private final SessionQueries sessions;
    private final Clock clock;

    public SessionRoutes(SessionQueries sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/sessions").handler(ctx -> list(ctx, api));
        router.get("/api/sessions/:id").handler(ctx -> withId(ctx, id -> api.blocking(ctx, () -> sessions.find(id))
                .onSuccess(found -> found.ifPresentOrElse(s -> Api.json(ctx, 200, view(s)),
                        () -> Api.error(ctx, 404, "session_not_found", "no session " + id)))));
        router.get("/api/sessions/:id/curve").handler(ctx -> withId(ctx, id -> curve(ctx, api, id)));
        router.get("/api/stations/:id/meter-values").handler(ctx -> {
            String station = ctx.pathParam("id");
            Instant now = clock.instant();
            api.blocking(ctx, () -> sessions.stationLastDay(station, now))
                    .onSuccess(samples -> Api.json(ctx, 200, Map.of("stationId", station, "from",
                            now.minus(Duration.ofDays(1)), "to", now, "items", samples)));
        });
    }

    private void list(RoutingContext ctx, Api api) {
        Paging paging = Paging.orBadRequest(ctx);
        if (paging == null) {
            return;
        }
        SessionQueries.Filter filter;
        try {
            String status = ctx.queryParams().get("status");
            if (status != null && !STATUSES.contains(status)) {
                throw new IllegalArgumentException("status must be ACTIVE or ENDED, is '" + status + "'");
            }
            filter = new SessionQueries.Filter(ctx.queryParams().get("station"), status,
                    instantParam(ctx, "from"), instantParam(ctx, "to"));
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> paging.page(sessions.list(filter, paging.limit(), paging.offset()).stream()
                        .map(SessionRoutes::view).toList(), sessions.count(filter)))
                .onSuccess(page -> Api.json(ctx, 200, page));
    }

    private void curve(RoutingContext ctx, Api api, long id) {
        String measurand = ctx.queryParams().get("measurand");
        String bucketRaw = ctx.queryParams().get("bucket");
        if ((measurand == null) != (bucketRaw == null)) {
            Api.error(ctx, 400, "bad_request", "measurand and bucket go together (e.g. "
                    + "measurand=Power.Active.Import&bucket=PT1M), or neither for every sample");
            return;
        }
        Duration bucket;
        try {
            bucket = bucketRaw == null ? null : Duration.parse(bucketRaw);
        } catch (DateTimeParseException e) {
            Api.error(ctx, 400, "bad_request", "bucket must be an ISO-8601 duration like PT1M, is '" + bucketRaw + "'");
            return;
        }
        if (bucket != null && bucket.compareTo(SMALLEST_BUCKET) < 0) {
            Api.error(ctx, 400, "bad_request", "bucket must be at least " + SMALLEST_BUCKET);
            return;
        }
        api.blocking(ctx, () -> sessions.find(id).map(s -> bucket == null ? sessions.curve(id)
                        : sessions.curve(id, measurand, bucket)))
                .onSuccess(found -> found.ifPresentOrElse(items -> Api.json(ctx, 200, Map.of("sessionId", id,
                                "items", items)),
                        () -> Api.error(ctx, 404, "session_not_found", "no session " + id)));
    }

    /** The record plus its energy, which the record computes but does not serialise on its own. */
    private static Map<String, Object> view(SessionRecord s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id());
        v.put("stationId", s.stationId());
        v.put("protocolVersion", s.protocolVersion());
        v.put("transactionId", s.transactionId());
        v.put("evseId", s.evseId());
        v.put("connectorId", s.connectorId());
        v.put("idToken", s.idToken());
        v.put("authStatus", s.authStatus());
        v.put("status", s.status());
        v.put("chargingState", s.chargingState());
        v.put("startedAt", s.startedAt());
        v.put("endedAt", s.endedAt());
        v.put("meterStartWh", s.meterStartWh());
        v.put("meterStopWh", s.meterStopWh());
        v.put("energyWh", s.energyWh());
        v.put("stopReason", s.stopReason());
        v.put("reservationId", s.reservationId());
        v.put("offline", s.offline());
        v.put("lastSeqNo", s.lastSeqNo());
        v.put("meterSerialNumber", s.meterSerialNumber());
        return v;
    }

    /** Parses the path's session id, or answers 400. */
    static void withId(RoutingContext ctx, java.util.function.LongConsumer then) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            Api.error(ctx, 400, "bad_request", "session id must be a whole number, is '" + ctx.pathParam("id") + "'");
            return;
        }
        then.accept(id);
    }

    private static Instant instantParam(RoutingContext ctx, String name) {
        String raw = ctx.queryParams().get(name);
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant like 2026-11-21T10:00:00Z, is '"
                    + raw + "'");
        }
    }
}
