package de.ladewerk.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import de.ladewerk.app.auth.Bodies;
import de.ladewerk.gateway.query.DashboardQueries;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's own resources: {@code GET /api/dashboard/summary}, {@code GET /api/faults},
 * {@code POST /api/faults/acknowledgements}, {@code GET /api/stations/{id}/status-history},
 * {@code GET /api/charts/utilisation} and {@code GET /api/charts/districts}.
 */
public final class DashboardRoutes implements ApiRoutes {

    private static final Set<String> FAULT_KINDS = Set.of("CONNECTOR", "OFFLINE");

    /** A fault as the API shows it: the gateway's fault with the operator's newest acknowledgement, if any. */
    record FaultItem(String kind, String stationId, String district, int evseId, int connectorId, Instant since,
                     String errorCode, String vendorErrorCode, String info,
                     FaultAcknowledgements.Acknowledgement acknowledgement) {
    }

    private final DashboardQueries queries;
    private final FaultAcknowledgements acknowledgements;
    private final Clock clock;

    public DashboardRoutes(DashboardQueries queries, FaultAcknowledgements acknowledgements, Clock clock) {
        this.queries = queries;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/dashboard/summary").handler(ctx -> api.blocking(ctx, () -> {
            DashboardQueries.Charging charging = queries.charging();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("stations", queries.stationCounts());
            body.put("activeSessions", charging.activeSessions());
            body.put("powerKw", charging.powerKw());
            body.put("energy", Map.of("todayKwh", charging.energyTodayKwh(), "monthKwh", charging.energyMonthKwh()));
            return body;
        }).onSuccess(body -> Api.json(ctx, 200, body)));
        router.get("/api/faults").handler(ctx -> api.blocking(ctx, this::faults)
                .onSuccess(faults -> Api.json(ctx, 200, Map.of("items", faults))));
        router.post("/api/faults/acknowledgements").handler(ctx -> acknowledge(ctx, api));
        router.get("/api/stations/:id/status-history").handler(ctx -> {
            Integer days = param(ctx, "days", 7, 1, 366);
            Integer limit = days == null ? null : param(ctx, "limit", 500, 1, 5000);
            if (limit != null) {
                Instant from = clock.instant().minus(Duration.ofDays(days));
                api.blocking(ctx, () -> queries.statusHistory(ctx.pathParam("id"), from, limit))
                        .onSuccess(items -> Api.json(ctx, 200, Map.of("items", items)));
            }
        });
        router.get("/api/charts/utilisation").handler(ctx -> {
            Integer days = param(ctx, "days", 28, 1, 366);
            if (days != null) {
                String district = ctx.queryParams().get("district");
                Instant to = clock.instant();
                Instant from = to.minus(Duration.ofDays(days));
                api.blocking(ctx, () -> Utilisation.heatmap(queries.occupiedHours(from, district),
                        queries.connectorCount(district), from, to)).onSuccess(cells -> Api.json(ctx, 200,
                        Map.of("days", days, "cells", cells)));
            }
        });
        router.get("/api/charts/energy-per-day").handler(ctx -> {
            Integer days = param(ctx, "days", 28, 1, 366);
            if (days != null) {
                Instant from = clock.instant().minus(Duration.ofDays(days));
                api.blocking(ctx, () -> queries.energyPerDay(from, ctx.queryParams().get("district")))
                        .onSuccess(items -> Api.json(ctx, 200, Map.of("days", days, "items", items)));
            }
        });
        router.get("/api/charts/power").handler(ctx -> {
            Integer hours = param(ctx, "hours", 48, 1, 24 * 31);
            if (hours != null) {
                Instant from = clock.instant().minus(Duration.ofHours(hours));
                api.blocking(ctx, () -> queries.power(from, ctx.queryParams().get("district")))
                        .onSuccess(items -> Api.json(ctx, 200, Map.of("hours", hours, "items", items)));
            }
        });
        router.get("/api/charts/districts").handler(ctx -> {
            Integer days = param(ctx, "days", 28, 1, 366);
            if (days != null) {
                Duration window = Duration.ofDays(days);
                api.blocking(ctx, () -> queries.districts(clock.instant().minus(window))).onSuccess(list ->
                        Api.json(ctx, 200, Map.of("days", days, "items", Utilisation.districts(list, window))));
            }
        });
    }

    private List<FaultItem> faults() {
        List<DashboardQueries.Fault> faults = queries.faults();
        Map<FaultAcknowledgements.FaultKey, FaultAcknowledgements.Acknowledgement> acks =
                acknowledgements.latest(faults.stream().map(DashboardRoutes::key).toList());
        return faults.stream().map(f -> new FaultItem(f.kind(), f.stationId(), f.district(), f.evseId(), f.connectorId(),
                f.since(), f.errorCode(), f.vendorErrorCode(), f.info(), acks.get(key(f)))).toList();
    }

    private static FaultAcknowledgements.FaultKey key(DashboardQueries.Fault f) {
        return new FaultAcknowledgements.FaultKey(f.stationId(), f.kind(), f.evseId(), f.connectorId(), f.since());
    }

    private void acknowledge(RoutingContext ctx, Api api) {
        JsonNode body = Bodies.json(ctx);
        if (body == null) {
            return;
        }
        FaultAcknowledgements.FaultKey key;
        String comment = body.path("comment").asText("");
        try {
            String kind = body.path("kind").asText("");
            if (!FAULT_KINDS.contains(kind)) {
                throw new IllegalArgumentException("kind must be CONNECTOR or OFFLINE");
            }
            if (!body.path("stationId").isTextual() || !body.path("since").isTextual()) {
                throw new IllegalArgumentException("stationId and since (ISO-8601) are required");
            }
            if (comment.length() > 2000) {
                throw new IllegalArgumentException("comment must be at most 2000 characters");
            }
            key = new FaultAcknowledgements.FaultKey(body.get("stationId").asText(), kind, body.path("evseId").asInt(0),
                    body.path("connectorId").asInt(0), Instant.parse(body.get("since").asText()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        String by = Api.principal(ctx);
        api.blocking(ctx, () -> {
            acknowledgements.acknowledge(key, by, comment);
            return null;
        }).onSuccess(v -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("fault", key);
            answer.put("acknowledgement", new FaultAcknowledgements.Acknowledgement(by, clock.instant(), comment));
            Api.json(ctx, 201, answer);
        });
    }

    /** An integer query parameter, or null after answering 400. */
    private static Integer param(RoutingContext ctx, String name, int fallback, int min, int max) {
        try {
            return Api.intParam(ctx, name, fallback, min, max);
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return null;
        }
    }

}
