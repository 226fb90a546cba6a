package de.ladewerk.app.auth;

import de.ladewerk.app.api.Api;
import de.ladewerk.app.api.ApiRoutes;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The single gate in front of every {@code /api/**} route: establishes who calls (session cookie or
 * {@code Authorization: Bearer} API token), checks the role the {@link AccessPolicy} demands, checks the
 * CSRF token on cookie-authenticated changes, and records the caller under {@link Api#PRINCIPAL_KEY}.
 * {@code ApiVerticle} mounts it before all route families.
 */
public final class AccessGuard implements ApiRoutes {

    /** Name of the session cookie. */
    public static final String COOKIE = "ladewerk_session";
    /** Header carrying the session's CSRF token on state-changing requests. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "ladewerk.principal.full";

    private final AccessPolicy policy;
    private final WebSessions sessions;
    private final Accounts accounts;

    public AccessGuard(AccessPolicy policy, WebSessions sessions, Accounts accounts) {
        this.policy = policy;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** The caller established for this request, if any. */
    public static Optional<Principal> principal(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(PRINCIPAL));
    }

    @Override
    public void mount(Router router, Api api) {
        router.route("/api/*").handler(ctx -> guard(ctx, api));
    }

    private void guard(RoutingContext ctx, Api api) {
        Optional<Role> required = policy.required(ctx.request().method(), ctx.normalizedPath());
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = authorization.substring(7).trim();
            api.executor().executeBlocking(() -> accounts.resolveToken(secret), false).onComplete(found -> {
                if (found.failed()) {
                    ctx.fail(found.cause());
                } else if (found.result().isEmpty()) {
                    Api.error(ctx, 401, "unauthenticated", "the API token is not valid (revoked or mistyped)");
                } else {
                    ApiToken t = found.result().get();
                    admit(ctx, new Principal("token:" + t.name(), t.role(), null), required);
                }
            });
            return;
        }
        Cookie cookie = ctx.request().getCookie(COOKIE);
        Optional<WebSessions.WebSession> session = sessions.touch(cookie == null ? null : cookie.getValue());
        if (session.isEmpty()) {
            if (required.isEmpty()) {
                ctx.next();
            } else {
                Api.error(ctx, 401, "unauthenticated", "log in first (session cookie) or send an API token (Authorization: Bearer)");
            }
            return;
        }
        if (required.isPresent() && policy.changesState(ctx.request().method())
                && !sameSecret(ctx.request().getHeader(CSRF_HEADER), session.get().csrfToken())) {
            Api.error(ctx, 403, "csrf_token_invalid", "state-changing requests with a session cookie need the "
                    + CSRF_HEADER + " header from the login answer");
            return;
        }
        admit(ctx, session.get().principal(), required);
    }

    private static void admit(RoutingContext ctx, Principal who, Optional<Role> required) {
        if (required.isPresent() && !who.role().includes(required.get())) {
            Api.error(ctx, 403, "forbidden", "role " + who.role().wire() + " may not " + ctx.request().method()
                    + " " + ctx.normalizedPath() + " (needs " + required.get().wire() + ")");
            return;
        }
        ctx.put(PRINCIPAL, who);
        ctx.put(Api.PRINCIPAL_KEY, who.name());
        ctx.next();
    }

    private static boolean sameSecret(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
