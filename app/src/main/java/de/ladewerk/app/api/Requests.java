package de.ladewerk.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Request plumbing shared by the billing and planning route families: bodies, time parameters, and
 * blocking work whose exceptions become the uniform error body with the right status (bad input 400,
 * unknown resource 404, a state that forbids the action 409) instead of a 500.
 */
public final class Requests {

    /** Bodies up to 1 MiB (a tariff or a scenario is a few KiB). */
    public static final long MAX_BODY = 1024 * 1024;

    private Requests() {
    }

    /** A body handler for POST routes of these families. */
    public static BodyHandler body() {
        return BodyHandler.create(false).setBodyLimit(MAX_BODY);
    }

    /** The request body as JSON; {@link IllegalArgumentException} if it is absent or not JSON. */
    public static JsonNode json(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        try {
            return Api.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A text field of a JSON body, or {@code null} when absent or blank. */
    public static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /**
     * An instant query parameter: ISO-8601 instant ({@code 2025-06-01T00:00:00Z}) or a local date
     * ({@code 2025-06-01}, midnight in {@code zone}); {@code fallback} when absent.
     */
    public static Instant instantParam(RoutingContext ctx, String name, ZoneId zone, Instant fallback) {
        String raw = ctx.queryParams().get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(zone).toInstant() : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant or date, is '" + raw + "'");
        }
    }

    /**
     * Runs {@code work} on the API's worker pool and hands its result to {@code ok} on the event loop;
     * a failure is answered with the uniform error body (see the class comment).
     */
    public static <T> void answer(RoutingContext ctx, Api api, Callable<T> work, Consumer<T> ok) {
        api.executor().executeBlocking(work, false).onComplete(ar -> {
            if (ar.succeeded()) {
                ok.accept(ar.result());
            } else {
                fail(ctx, ar.cause());
            }
        });
    }

    /** Answers a failure: input problems 400, unknown resources 404, forbidden state 409, else 500. */
    public static void fail(RoutingContext ctx, Throwable e) {
        if (e instanceof NoSuchElementException) {
            Api.error(ctx, 404, "not_found", e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
        } else if (e instanceof IllegalStateException) {
            Api.error(ctx, 409, "conflict", e.getMessage());
        } else {
            ctx.fail(e);
        }
    }
}
