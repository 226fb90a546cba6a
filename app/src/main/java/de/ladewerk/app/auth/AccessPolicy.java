package de.ladewerk.app.auth;

import io.vertx.core.http.HttpMethod;
import java.util.Optional;
import java.util.Set;

/**
 * Which role each API request needs; the one place that decides it. Reading needs a viewer, changing
 * anything an operator, users and API tokens an admin; running planning scenarios only computes, so
 * viewers (planners) may. §14a EnWG reductions ({@code /api/grid/reductions}) need the grid operator (or an
 * admin). Login and the OpenAPI document are public.
 */
public final class AccessPolicy {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> PUBLIC = Set.of("/api/auth/login", "/api/openapi.yaml");
    /** Changes a logged-in user may make to their own login, whatever their role. */
    private static final Set<String> OWN = Set.of("/api/auth/logout", "/api/auth/password");
    /**
     * POSTs that only compute and store nothing lasting: planners (viewers) run and compare scenarios. The
     * runs' charts are kept in memory for a while, not in the database.
     */
    private static final Set<String> COMPUTE_ONLY = Set.of("/api/planning/runs", "/api/planning/compare");

    /** The role a request needs, or empty if anyone may make it. */
    public Optional<Role> required(HttpMethod method, String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (PUBLIC.contains(p)) {
            return Optional.empty();
        }
        if (under(p, "/api/users") || under(p, "/api/tokens")) {
            return Optional.of(Role.ADMIN);
        }
        if (under(p, "/api/grid/reductions") && !SAFE.contains(method)) {
            return Optional.of(Role.GRID_OPERATOR);
        }
        if (SAFE.contains(method) || OWN.contains(p) || COMPUTE_ONLY.contains(p)) {
            return Optional.of(Role.VIEWER);
        }
        return Optional.of(Role.OPERATOR);
    }

    /** Whether a request may change state (and so, with a cookie, must carry the CSRF token). */
    public boolean changesState(HttpMethod method) {
        return !SAFE.contains(method);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
