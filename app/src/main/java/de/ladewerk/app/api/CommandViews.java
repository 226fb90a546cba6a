package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.NoSuchStationException;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How commands appear in the API, shared by the command and local-list routes: the JSON view of a
 * recorded command and the HTTP status each outcome gets.
 */
final class CommandViews {

    private CommandViews() {
    }

    /** {@code {id, stationId, protocolVersion, action, status, request, response | error, requestedBy, requestedAt, answeredAt, durationMs}}. */
    static Map<String, Object> view(CommandResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("stationId", r.stationId());
        m.put("protocolVersion", r.protocolVersion());
        m.put("action", r.action());
        m.put("status", r.status().name());
        m.put("request", r.request());
        if (r.response() != null) {
            m.put("response", r.response());
        }
        if (r.errorCode() != null) {
            m.put("error", Map.of("code", r.errorCode(), "description",
                    r.errorDescription() == null ? "" : r.errorDescription()));
        }
        m.put("requestedBy", r.requestedBy());
        m.put("requestedAt", r.requestedAt());
        m.put("answeredAt", r.answeredAt());
        m.put("durationMs", r.duration() == null ? null : r.duration().toMillis());
        return m;
    }

    /**
     * Answers with the outcome: 200 for an answer or CallError, 400 invalid, 409 offline, 504 timeout
     * (errors carry the recorded command's id), 404 for an unknown station.
     */
    static void answer(RoutingContext ctx, Future<CommandResult> outcome) {
        outcome.onSuccess(r -> {
            switch (r.status()) {
                case ANSWERED, CALL_ERROR -> Api.json(ctx, 200, view(r));
                case INVALID -> error(ctx, 400, "invalid_command", r.errorDescription(), r.id());
                case OFFLINE -> error(ctx, 409, "station_offline", r.errorDescription(), r.id());
                case TIMEOUT -> error(ctx, 504, "station_timeout", r.errorDescription(), r.id());
                default -> Api.json(ctx, 202, view(r));
            }
        }).onFailure(e -> {
            if (e instanceof NoSuchStationException) {
                Api.error(ctx, 404, "station_not_found", e.getMessage());
            } else if (e instanceof IllegalArgumentException) {
                Api.error(ctx, 400, "bad_request", e.getMessage());
            } else {
                ctx.fail(e);
            }
        });
    }

    private static void error(RoutingContext ctx, int status, String code, String message, long commandId) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("status", status);
        err.put("code", code);
        err.put("message", message);
        err.put("commandId", commandId);
        Api.json(ctx, status, Map.of("error", err));
    }

    /**
     * The request body as JSON; an empty body is an empty object.
     *
     * @throws IllegalArgumentException if it is not JSON
     */
    static JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            return Api.JSON.createObjectNode();
        }
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
