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
import java.util.Map;
import java.util.Optional;

/**
 * Dashboard login: {@code POST /api/auth/login} (JSON), {@code POST /api/auth/logout},
 * {@code GET /api/auth/me}, {@code POST /api/auth/password}. Failed password checks (logins and the
 * current password of a change) back off per user name at one source address, so an attacker elsewhere
 * cannot lock the real user out, and are limited per source address.
 */
public final class AuthRoutes implements ApiRoutes {

    private final Accounts accounts;
    private final WebSessions sessions;
    private final LoginBackoff perUserAtAddress;
    private final LoginThrottle perAddress;

    public AuthRoutes(Accounts accounts, WebSessions sessions, LoginBackoff perUserAtAddress, LoginThrottle perAddress) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.perUserAtAddress = perUserAtAddress;
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
        String address = ctx.request().remoteAddress().hostAddress();
        String userKey = LoginBackoff.key(address, username);
        String addressKey = "addr:" + address;
        if (throttled(ctx, userKey, addressKey, "too_many_login_attempts", "too many failed logins")) {
            return;
        }
        api.blocking(ctx, () -> accounts.login(username, password)).onSuccess(user -> {
            if (user.isEmpty()) {
                perUserAtAddress.failed(userKey);
                perAddress.failed(addressKey);
                Api.error(ctx, 401, "login_failed", "unknown user or wrong password");
                return;
            }
            perUserAtAddress.succeeded(userKey);
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
        Optional<String> unacceptable = Accounts.passwordProblem(next);
        if (unacceptable.isPresent()) {
            Api.error(ctx, 400, "bad_password", "newPassword: " + unacceptable.get());
            return;
        }
        // the current-password check is a password guess like a login: the same back-off
        String address = ctx.request().remoteAddress().hostAddress();
        String userKey = "password-change:" + LoginBackoff.key(address, who.name());
        String addressKey = "addr:" + address;
        if (throttled(ctx, userKey, addressKey, "too_many_password_attempts", "too many wrong current passwords")) {
            return;
        }
        api.blocking(ctx, () -> {
            if (accounts.login(who.name(), current).isEmpty()) {
                return "wrong";
            }
            accounts.changePassword(who.name(), next);
            return "ok";
        }).onSuccess(result -> {
            if ("wrong".equals(result)) {
                perUserAtAddress.failed(userKey);
                perAddress.failed(addressKey);
                Api.error(ctx, 403, "wrong_password", "the current password is not right");
            } else {
                perUserAtAddress.succeeded(userKey);
                sessions.closeAllOf(who.name());
                ctx.response().addCookie(cookie(ctx, "", 0));
                ctx.response().setStatusCode(204).end();
            }
        });
    }

    /** Answers 429 with Retry-After if either key must wait; true then. */
    private boolean throttled(RoutingContext ctx, String userKey, String addressKey, String code, String what) {
        Optional<Duration> wait = perUserAtAddress.retryAfter(userKey).or(() -> perAddress.retryAfter(addressKey));
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, wait.get().toSeconds());
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        Api.error(ctx, 429, code, what + "; try again in " + seconds + " s");
        return true;
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
