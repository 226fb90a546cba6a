package de.ladewerk.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dashboard login: {@code POST /api/auth/login} (JSON), {@code POST /api/auth/logout},
 * {@code GET /api/auth/me}, {@code POST /api/auth/password}. Failed logins are throttled per user name
 * and per source address.
 */
public final class AuthRoutes implements ApiRoutes {

    private final Accounts accounts;
    private final WebSessions sessions;
    private final LoginThrottle perUser;
    private final LoginThrottle perAddress;

    public AuthRoutes(Accounts accounts, WebSessions sessions, LoginThrottle perUser, LoginThrottle perAddress) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.perUser = perUser;
        this.perAddress = perAddress;
    }

    @Override
    public void mount(Router router, Api api) {
        router.post("/api/auth/login").handler(ctx -> login(ctx, api));
        router.post("/api/auth/logout").handler(this::logout);
        router.get("/api/auth/me").handler(this::me);
        router.post("/api/auth/password").handler(ctx -> changePassword(ctx, api));
    }

    private void login(RoutingContext ctx, Api api) {
        // JSON only: a cross-site HTML form cannot send it, so logins cannot be forged from another site.
        JsonNode body = Bodies.json(ctx);
        if (body == null) {
            return;
        }
        String username = body.path("username").asText("");
        String password = body.path("password").asText("");
        String userKey = "user:" + username.toLowerCase(Locale.ROOT);
        String addressKey = "addr:" + ctx.request().remoteAddress().hostAddress();
        Optional<Duration> wait = perUser.retryAfter(userKey).or(() -> perAddress.retryAfter(addressKey));
        if (wait.isPresent()) {
            ctx.response().putHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            Api.error(ctx, 429, "too_many_login_attempts", "too many failed logins; try again in "
                    + Math.max(1, wait.get().toSeconds()) + " s");
            return;
        }
        api.blocking(ctx, () -> accounts.login(username, password)).onSuccess(user -> {
            if (user.isEmpty()) {
                perUser.failed(userKey);
                perAddress.failed(addressKey);
                Api.error(ctx, 401, "login_failed", "unknown user or wrong password");
                return;
            }
            perUser.succeeded(userKey);
            Cookie old = ctx.request().getCookie(AccessGuard.COOKIE);
            if (old != null) {
                sessions.close(old.getValue()); // a fresh id at every login: no session fixation
            }
            WebSessions.WebSession session = sessions.open(user.get().username(), user.get().role());
            ctx.response().addCookie(cookie(ctx, session.id(), sessions.maxAge().toSeconds()));
            Api.json(ctx, 200, me(session.principal(), session.csrfToken()));
        });
    }

    private void logout(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(AccessGuard.COOKIE);
        if (cookie != null) {
            sessions.close(cookie.getValue());
        }
        ctx.response().addCookie(cookie(ctx, "", 0));
        ctx.response().setStatusCode(204).end();
    }

    private void me(RoutingContext ctx) {
        Principal who = AccessGuard.principal(ctx).orElseThrow();
        String csrf = who.viaCookie() ? sessions.touch(who.sessionId()).map(WebSessions.WebSession::csrfToken).orElse(null) : null;
        Api.json(ctx, 200, me(who, csrf));
    }

    private void changePassword(RoutingContext ctx, Api api) {
        Principal who = AccessGuard.principal(ctx).orElseThrow();
        JsonNode body = Bodies.json(ctx);
        if (body == null) {
            return;
        }
        if (!who.viaCookie()) {
            Api.error(ctx, 400, "bad_request", "API tokens have no password");
            return;
        }
        String current = body.path("currentPassword").asText("");
        String next = body.path("newPassword").asText("");
        api.blocking(ctx, () -> {
            if (accounts.login(who.name(), current).isEmpty()) {
                return "wrong";
            }
            accounts.changePassword(who.name(), next);
            return "ok";
        }).onSuccess(result -> {
            if ("wrong".equals(result)) {
                Api.error(ctx, 403, "wrong_password", "the current password is not right");
            } else {
                sessions.closeAllOf(who.name());
                ctx.response().addCookie(cookie(ctx, "", 0));
                ctx.response().setStatusCode(204).end();
            }
        });
    }

    private static Map<String, Object> me(Principal who, String csrfToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", who.name());
        body.put("role", who.role().wire());
        body.put("csrfToken", csrfToken);
        return body;
    }

    /** HttpOnly, SameSite=Strict, and Secure whenever the browser reached us over TLS (directly or via a proxy). */
    private static Cookie cookie(RoutingContext ctx, String value, long maxAgeSeconds) {
        boolean tls = ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        return Cookie.cookie(AccessGuard.COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(tls).setMaxAge(maxAgeSeconds);
    }
}
