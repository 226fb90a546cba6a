package de.ladewerk.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * User and API-token administration (admins only, as the {@link AccessPolicy} says):
 * {@code GET/POST /api/users}, {@code DELETE /api/users/{username}}, {@code PUT /api/users/{username}/password},
 * {@code GET/POST /api/tokens}, {@code DELETE /api/tokens/{id}}.
 */
public final class AccountRoutes implements ApiRoutes {

    private final Accounts accounts;
    private final WebSessions sessions;

    public AccountRoutes(Accounts accounts, WebSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/users").handler(ctx -> api.blocking(ctx, accounts::users)
                .onSuccess(users -> Api.json(ctx, 200, Map.of("items", users))));
        router.post("/api/users").handler(ctx -> withBody(ctx, api, body -> {
            User user = accounts.createUser(body.path("username").asText(null), body.path("password").asText(null),
                    Role.parse(body.path("role").asText("")), Api.principal(ctx));
            return user;
        }, 201));
        router.put("/api/users/:username/password").handler(ctx -> withBody(ctx, api, body -> {
            String username = ctx.pathParam("username");
            if (!accounts.changePassword(username, body.path("password").asText(null))) {
                throw new NotFound("user_not_found", "no user " + username);
            }
            sessions.closeAllOf(username);
            return Map.of("username", username);
        }, 200));
        router.delete("/api/users/:username").handler(ctx -> {
            String username = ctx.pathParam("username");
            answer(ctx, api, () -> {
                if (!accounts.deleteUser(username)) {
                    throw new NotFound("user_not_found", "no user " + username);
                }
                sessions.closeAllOf(username);
                return null;
            }, 204);
        });
        router.get("/api/tokens").handler(ctx -> api.blocking(ctx, accounts::tokens)
                .onSuccess(tokens -> Api.json(ctx, 200, Map.of("items", tokens))));
        router.post("/api/tokens").handler(ctx -> withBody(ctx, api, body -> {
            Accounts.IssuedToken issued = accounts.createToken(body.path("name").asText(null),
                    Role.parse(body.path("role").asText("")), Api.principal(ctx));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("token", issued.secret());
            answer.put("id", issued.token().id());
            answer.put("name", issued.token().name());
            answer.put("role", issued.token().role());
            return answer;
        }, 201));
        router.delete("/api/tokens/:id").handler(ctx -> {
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                Api.error(ctx, 400, "bad_request", "token id must be a number");
                return;
            }
            answer(ctx, api, () -> {
                if (!accounts.deleteToken(id)) {
                    throw new NotFound("token_not_found", "no token " + id);
                }
                return null;
            }, 204);
        });
    }

    private interface BodyWork {
        Object apply(JsonNode body) throws Exception;
    }

    private static void withBody(RoutingContext ctx, Api api, BodyWork work, int status) {
        JsonNode body = Bodies.json(ctx);
        if (body != null) {
            answer(ctx, api, () -> work.apply(body), status);
        }
    }

    /** Runs blocking work and maps its outcome: bad input 400, conflicts 409, missing 404. */
    private static void answer(RoutingContext ctx, Api api, Callable<Object> work, int status) {
        api.executor().executeBlocking(work, false).onComplete(done -> {
            if (done.succeeded()) {
                if (status == 204) {
                    ctx.response().setStatusCode(204).end();
                } else {
                    Api.json(ctx, status, done.result());
                }
            } else if (done.cause() instanceof NotFound nf) {
                Api.error(ctx, 404, nf.code, nf.getMessage());
            } else if (done.cause() instanceof IllegalArgumentException) {
                Api.error(ctx, 400, "bad_request", done.cause().getMessage());
            } else if (done.cause() instanceof IllegalStateException) {
                Api.error(ctx, 409, "conflict", done.cause().getMessage());
            } else {
                ctx.fail(done.cause());
            }
        });
    }

    private static final class NotFound extends RuntimeException {
        final String code;

        NotFound(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
