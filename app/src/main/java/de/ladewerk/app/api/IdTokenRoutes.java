package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.authorization.AdditionalIdToken;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenTypes;
import de.ladewerk.gateway.authorization.LocalListService;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.gateway.authorization.TokenRepository;
import de.ladewerk.gateway.authorization.TokenStatus;
import de.ladewerk.gateway.authorization.TokenStoreException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Id tokens: {@code GET/POST /api/id-tokens}, {@code GET/PATCH /api/id-tokens/{type}/{value}} (block,
 * unblock, expire, set expiry, parent, customer reference), and the local-list push
 * {@code POST /api/stations/{id}/local-list}.
 */
public final class IdTokenRoutes implements ApiRoutes {

    private final TokenRepository tokens;
    private final LocalListService localLists;

    public IdTokenRoutes(TokenRepository tokens, LocalListService localLists) {
        this.tokens = tokens;
        this.localLists = localLists;
    }

    @Override
    public void mount(Router router, Api api) {
        BodyHandler body = BodyHandler.create().setBodyLimit(CommandRoutes.MAX_BODY);
        router.get("/api/id-tokens").handler(ctx -> {
            Paging paging = Paging.orBadRequest(ctx);
            if (paging == null) {
                return;
            }
            api.blocking(ctx, () -> paging.page(tokens.list(paging.limit(), paging.offset()), tokens.count()))
                    .onSuccess(page -> Api.json(ctx, 200, page));
        });
        router.post("/api/id-tokens").handler(body).handler(ctx -> create(ctx, api));
        router.get("/api/id-tokens/:type/:value").handler(ctx -> withToken(ctx, api, false));
        router.patch("/api/id-tokens/:type/:value").handler(body).handler(ctx -> withToken(ctx, api, true));
        router.post("/api/stations/:id/local-list").handler(body).handler(this::pushLocalList);
    }

    private void create(RoutingContext ctx, Api api) {
        TokenRecord token;
        try {
            JsonNode b = CommandViews.body(ctx);
            IdToken id = new IdToken(text(b, "value", true), IdTokenTypes.parse(text(b, "type", true)));
            if (id.value().isEmpty() || id.value().length() > 36) {
                throw new IllegalArgumentException("value must have 1 to 36 characters");
            }
            token = changed(new TokenRecord(id, TokenStatus.ACCEPTED, null, null, null, List.of(), null, null), b);
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.executor().executeBlocking(() -> {
            tokens.create(token);
            return tokens.find(token.token()).orElseThrow();
        }, false).onSuccess(t -> Api.json(ctx, 201, t)).onFailure(e -> refused(ctx, e));
    }

    private void withToken(RoutingContext ctx, Api api, boolean patch) {
        IdToken id;
        JsonNode b;
        try {
            id = new IdToken(ctx.pathParam("value"), IdTokenTypes.parse(ctx.pathParam("type")));
            b = patch ? CommandViews.body(ctx) : null;
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.executor().executeBlocking(() -> {
            TokenRecord found = tokens.find(id).orElse(null);
            if (found == null || !patch) {
                return found;
            }
            tokens.update(changed(found, b));
            return tokens.find(id).orElseThrow();
        }, false).onSuccess(t -> {
            if (t == null) {
                Api.error(ctx, 404, "token_not_found", "no token " + id.type() + " " + id.value());
            } else {
                Api.json(ctx, 200, t);
            }
        }).onFailure(e -> refused(ctx, e));
    }

    private static void refused(RoutingContext ctx, Throwable e) {
        if (e instanceof TokenStoreException) {
            Api.error(ctx, e.getMessage().contains("exists already") ? 409 : 400, "token_refused", e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
        } else {
            ctx.fail(e);
        }
    }

    /** The token with what the body sets: absent properties keep their value, {@code null} clears. */
    private static TokenRecord changed(TokenRecord t, JsonNode b) {
        TokenStatus status = b.has("status") ? TokenStatus.valueOf(upper(text(b, "status", true))) : t.status();
        Instant expires = b.has("expiresAt") ? instant(text(b, "expiresAt", false)) : t.expiresAt();
        IdToken parent = t.parent();
        if (b.has("parent")) {
            JsonNode p = b.get("parent");
            parent = p.isNull() ? null : new IdToken(text(p, "value", true), IdTokenTypes.parse(text(p, "type", true)));
        }
        String customer = b.has("customerRef") ? text(b, "customerRef", false) : t.customerRef();
        List<AdditionalIdToken> info = t.additionalInfo();
        if (b.has("additionalInfo")) {
            info = new ArrayList<>();
            for (JsonNode a : b.get("additionalInfo")) {
                info.add(new AdditionalIdToken(text(a, "additionalIdToken", true), text(a, "type", true)));
            }
        }
        return new TokenRecord(t.token(), status, expires, parent, customer, info, t.createdAt(), t.updatedAt());
    }

    private void pushLocalList(RoutingContext ctx) {
        boolean full;
        List<IdToken> wanted = null;
        try {
            JsonNode b = CommandViews.body(ctx);
            String type = b.has("updateType") ? text(b, "updateType", true) : "Full";
            if (!type.equalsIgnoreCase("Full") && !type.equalsIgnoreCase("Differential")) {
                throw new IllegalArgumentException("updateType must be Full or Differential, is '" + type + "'");
            }
            full = type.equalsIgnoreCase("Full");
            if (b.hasNonNull("tokens")) {
                wanted = new ArrayList<>();
                for (JsonNode t : b.get("tokens")) {
                    wanted.add(new IdToken(text(t, "value", true), IdTokenTypes.parse(text(t, "type", true))));
                }
            }
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        CommandViews.answer(ctx, localLists.push(ctx.pathParam("id"), full, wanted, Api.principal(ctx)));
    }

    private static String text(JsonNode node, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(name + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return v.asText();
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expiresAt must be an ISO-8601 instant like 2027-01-01T00:00:00Z");
        }
    }

    private static String upper(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        if (!List.of("ACCEPTED", "BLOCKED", "EXPIRED", "INVALID").contains(u)) {
            throw new IllegalArgumentException("status must be ACCEPTED, BLOCKED, EXPIRED or INVALID, is '" + s + "'");
        }
        return u;
    }
}
