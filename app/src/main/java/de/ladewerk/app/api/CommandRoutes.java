package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.command.CommandQueries;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.gateway.command.CommandService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /api/stations/{id}/commands/{action}}: send any CSMS→station action and wait for the answer;
 * {@code GET /api/commands} (filter by station, action, time; paged) and {@code GET /api/commands/{id}}.
 */
public final class CommandRoutes implements ApiRoutes {

    /** Largest command body accepted (the gateway's default WebSocket message limit). */
    static final int MAX_BODY = 256 * 1024;

    private final CommandService commands;
    private final CommandQueries queries;

    public CommandRoutes(CommandService commands, CommandQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public void mount(Router router, Api api) {
        router.post("/api/stations/:id/commands/:action").handler(BodyHandler.create().setBodyLimit(MAX_BODY))
                .handler(this::send);
        router.get("/api/commands").handler(ctx -> list(ctx, api));
        router.get("/api/commands/:id").handler(ctx -> one(ctx, api));
    }

    private void send(RoutingContext ctx) {
        JsonNode payload;
        try {
            payload = CommandViews.body(ctx);
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        CommandViews.answer(ctx, commands.send(ctx.pathParam("id"), ctx.pathParam("action"), payload,
                Api.principal(ctx)));
    }

    private void list(RoutingContext ctx, Api api) {
        Paging paging;
        CommandQueries.Filter filter;
        try {
            paging = Paging.of(ctx);
            filter = new CommandQueries.Filter(ctx.queryParams().get("station"), ctx.queryParams().get("action"),
                    instant(ctx, "from"), instant(ctx, "to"), status(ctx.queryParams().get("status")));
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> paging.page(queries.list(filter, paging.limit(), paging.offset()).stream()
                .map(CommandViews::view).toList(), queries.count(filter)))
                .onSuccess(page -> Api.json(ctx, 200, page));
    }

    private void one(RoutingContext ctx, Api api) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            Api.error(ctx, 400, "bad_request", "a command id is a whole number, not '" + ctx.pathParam("id") + "'");
            return;
        }
        api.blocking(ctx, () -> queries.find(id)).onSuccess(found -> found.ifPresentOrElse(
                r -> Api.json(ctx, 200, CommandViews.view(r)),
                () -> Api.error(ctx, 404, "command_not_found", "no command " + id)));
    }

    private static CommandStatus status(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return CommandStatus.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of " + java.util.Arrays.toString(CommandStatus.values())
                    + ", is '" + raw + "'");
        }
    }

    private static Instant instant(RoutingContext ctx, String name) {
        String raw = ctx.queryParams().get(name);
        try {
            return raw == null ? null : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant like 2026-11-21T10:00:00Z, is '"
                    + raw + "'");
        }
    }
}
