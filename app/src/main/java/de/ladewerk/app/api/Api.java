package de.ladewerk.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What every route family shares: JSON bodies, the uniform error body
 * {@code {"error": {"status", "code", "message"}}}, query-parameter parsing and blocking work on the
 * API's worker pool (JDBC never runs on the event loop).
 */
public final class Api {

    /** The API's JSON mapping: ISO-8601 instants, no timestamps as numbers. */
    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final WorkerExecutor blocking;

    Api(WorkerExecutor blocking) {
        this.blocking = blocking;
    }

    /** Runs {@code work} on the worker pool; a failure ends the request through the failure handler. */
    public <T> Future<T> blocking(RoutingContext ctx, Callable<T> work) {
        return blocking.executeBlocking(work, false).onFailure(ctx::fail);
    }

    /** The worker pool itself, for work that is not tied to one request. */
    public WorkerExecutor executor() {
        return blocking;
    }

    /** Where the authentication layer puts the caller's name for the request ({@link #principal}). */
    public static final String PRINCIPAL_KEY = "ladewerk.principal";

    /**
     * Who sends this request: the user or API-token name the authentication layer recorded, for audit
     * records; {@code "anonymous"} if no authentication layer ran.
     */
    public static String principal(RoutingContext ctx) {
        Object name = ctx.get(PRINCIPAL_KEY);
        return name == null ? "anonymous" : name.toString();
    }

    /** Answers with {@code body} as JSON. */
    public static void json(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** Answers with the uniform error body. */
    public static void error(RoutingContext ctx, int status, String code, String message) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("status", status);
        err.put("code", code);
        err.put("message", message);
        json(ctx, status, Map.of("error", err));
    }

    /**
     * An integer query parameter within bounds.
     *
     * @throws IllegalArgumentException with a message fit for a 400 answer
     */
    public static int intParam(RoutingContext ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParams().get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", is " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, is '" + raw + "'");
        }
    }
}
