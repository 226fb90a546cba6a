package de.ladewerk.app.api;

import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.gateway.loadmanagement.GridAdministration;
import de.ladewerk.gateway.loadmanagement.GridAdministration.ReductionView;
import de.ladewerk.gateway.loadmanagement.GridAdministration.SiteView;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Load management's grid topology and the grid operator's §14a EnWG reductions (docs/load-management.md):
 * {@code /api/grid/transformers}, {@code /api/grid/sites} with their EVSEs, pushed base load and current
 * allocations, {@code /api/grid/reductions}. Changes go through the gateway's {@link GridAdministration};
 * the allocator is asked to reallocate the site at once. Reductions record who asked ({@code requestedBy},
 * {@code revokedBy}); the {@code AccessPolicy} lets only grid operators and admins issue them.
 */
public final class GridRoutes implements ApiRoutes {

    private final GridAdministration grid;
    private final BiConsumer<String, String> reallocate;
    private final Clock clock;

    /**
     * @param reallocate asks the allocator to reallocate a site's group ({@code siteId, trigger}) at its next round
     */
    public GridRoutes(GridAdministration grid, BiConsumer<String, String> reallocate, Clock clock) {
        this.grid = grid;
        this.reallocate = reallocate;
        this.clock = clock;
    }

    @Override
    public void mount(Router router, Api api) {
        BodyHandler body = BodyHandler.create().setBodyLimit(16 * 1024);
        router.get("/api/grid/transformers").handler(ctx -> Requests.answer(ctx, api, grid::transformers, r -> items(ctx, r)));
        router.put("/api/grid/transformers/:id").handler(body).handler(ctx -> putTransformer(ctx, api));
        router.get("/api/grid/sites").handler(ctx -> sites(ctx, api));
        router.get("/api/grid/sites/:id").handler(ctx -> site(ctx, api));
        router.put("/api/grid/sites/:id").handler(body).handler(ctx -> putSite(ctx, api));
        router.delete("/api/grid/sites/:id").handler(ctx -> Requests.answer(ctx, api, () -> grid.deleteSite(ctx.pathParam("id")),
                found -> noContentOr404(ctx, found, "site_not_found", "no site " + ctx.pathParam("id"))));
        router.put("/api/grid/sites/:id/evses/:station/:evse").handler(body).handler(ctx -> assign(ctx, api));
        router.delete("/api/grid/sites/:id/evses/:station/:evse").handler(ctx -> unassign(ctx, api));
        router.post("/api/grid/sites/:id/base-load").handler(body).handler(ctx -> pushBaseLoad(ctx, api));
        router.get("/api/grid/sites/:id/allocations").handler(ctx -> Requests.answer(ctx, api,
                () -> grid.allocations(ctx.pathParam("id")), r -> items(ctx, r)));
        router.get("/api/grid/reductions").handler(ctx -> Requests.answer(ctx, api,
                () -> grid.reductions(ctx.queryParams().get("site"), clock.instant()), r -> items(ctx, r)));
        router.post("/api/grid/reductions").handler(body).handler(ctx -> reduce(ctx, api));
        router.post("/api/grid/reductions/:id/revoke").handler(ctx -> revoke(ctx, api));
    }

    private void putTransformer(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        Requests.answer(ctx, api, () -> {
            GridFields f = fields(ctx);
            Transformer t = new Transformer(id, f.positive("limitKw"), f.positiveOrNull("limitAmpsPerPhase"));
            grid.putTransformer(t, f.text("name", 200));
            return new GridAdministration.TransformerView(id, f.text("name", 200), t.limitKw(), t.limitAmpsPerPhase());
        }, view -> Api.json(ctx, 200, view));
    }

    /** Every site with the reductions in force or to come on it: the dashboard's overview. */
    private void sites(RoutingContext ctx, Api api) {
        Requests.answer(ctx, api, () -> {
            Instant now = clock.instant();
            List<ReductionView> reductions = grid.reductions(null, now);
            List<Map<String, Object>> out = new ArrayList<>();
            for (SiteView s : grid.sites(now)) {
                out.add(Map.of("site", s, "reductions", reductions.stream().filter(r -> r.siteIds().contains(s.id())).toList()));
            }
            return out;
        }, r -> items(ctx, r));
    }

    /** One site with its EVSEs, its sessions' current allocations and its reductions. */
    private void site(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        Requests.answer(ctx, api, () -> {
            Instant now = clock.instant();
            SiteView site = grid.sites(now).stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
            if (site == null) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("site", site);
            out.put("evses", grid.evses(id));
            out.put("allocations", grid.allocations(id));
            out.put("reductions", grid.reductions(id, now));
            return out;
        }, view -> {
            if (view == null) {
                Api.error(ctx, 404, "site_not_found", "no site " + id);
            } else {
                Api.json(ctx, 200, view);
            }
        });
    }

    private void putSite(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        Requests.answer(ctx, api, () -> {
            GridFields f = fields(ctx);
            Site site = new Site(id, f.text("transformerId", 200), f.positive("limitKw"), f.positive("limitAmpsPerPhase"), null);
            double baseLoad = f.nonNegative("baseLoadKw", 0);
            grid.putSite(site, f.text("name", 200), baseLoad);
            reallocate.accept(id, "site changed");
            return grid.sites(clock.instant()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        }, view -> Api.json(ctx, 200, view));
    }

    private void assign(RoutingContext ctx, Api api) {
        String site = ctx.pathParam("id");
        String station = ctx.pathParam("station");
        Requests.answer(ctx, api, () -> {
            int evse = evseId(ctx);
            GridFields f = fields(ctx);
            Evse e = new Evse(station + "/" + evse, site, PhaseRotation.parse(f.text("phaseRotation", 16)),
                    f.integer("phases", 3), f.nonNegative("minAmps", 6), f.has("maxAmps") ? f.positive("maxAmps") : 32,
                    f.bool("controllable", false), true);
            if (e.phases() != 1 && e.phases() != 3) {
                throw new IllegalArgumentException("phases must be 1 or 3, is " + e.phases());
            }
            grid.assign(station, evse, e, f.integer("priority", 0));
            reallocate.accept(site, "EVSE assigned");
            return grid.evses(site).stream().filter(v -> v.stationId().equals(station) && v.evseId() == evse)
                    .findFirst().orElseThrow();
        }, view -> Api.json(ctx, 200, view));
    }

    private void unassign(RoutingContext ctx, Api api) {
        String site = ctx.pathParam("id");
        Requests.answer(ctx, api, () -> {
            int evse = evseId(ctx);
            boolean onSite = grid.evses(site).stream().anyMatch(v -> v.stationId().equals(ctx.pathParam("station"))
                    && v.evseId() == evse);
            if (onSite) {
                grid.unassign(ctx.pathParam("station"), evse);
                reallocate.accept(site, "EVSE unassigned");
            }
            return onSite;
        }, found -> noContentOr404(ctx, found, "evse_not_found", "EVSE " + ctx.pathParam("station") + "/"
                + ctx.pathParam("evse") + " is not on site " + site));
    }

    private void pushBaseLoad(RoutingContext ctx, Api api) {
        String site = ctx.pathParam("id");
        Requests.answer(ctx, api, () -> {
            GridFields f = fields(ctx);
            double kw = f.number("kw");
            if (kw < 0) {
                throw new IllegalArgumentException("kw must be 0 or more, is " + kw);
            }
            Instant now = clock.instant();
            Instant at = f.instant("at", now);
            if (at.isAfter(now.plusSeconds(60))) {
                throw new IllegalArgumentException("at lies in the future: " + at);
            }
            return grid.pushBaseLoad(site, kw, at);
        }, found -> noContentOr404(ctx, found, "site_not_found", "no site " + site));
    }

    private void reduce(RoutingContext ctx, Api api) {
        String who = Api.principal(ctx);
        Requests.answer(ctx, api, () -> {
            GridFields f = fields(ctx);
            Instant now = clock.instant();
            var sites = f.texts("siteIds");
            double kw = f.number("powerKw");
            if (kw < 0) {
                throw new IllegalArgumentException("powerKw must be 0 or more, is " + kw);
            }
            Instant from = f.instant("from", now);
            Instant until = f.instant("until", null);
            if (until == null) {
                throw new IllegalArgumentException("until is required (the end of the reduction, ISO-8601)");
            }
            if (!until.isAfter(from) || !until.isAfter(now)) {
                throw new IllegalArgumentException("until must lie after from and in the future, is " + until);
            }
            String reference = f.text("reference", 200);
            long id = grid.reduce(sites, kw, from, until, who, reference);
            sites.forEach(s -> reallocate.accept(s, "§14a reduction " + id));
            return new ReductionView(id, List.copyOf(sites), kw, from, until, !from.isAfter(now), who, reference);
        }, view -> Api.json(ctx, 201, view));
    }

    private void revoke(RoutingContext ctx, Api api) {
        String who = Api.principal(ctx);
        Requests.answer(ctx, api, () -> {
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the reduction id must be a whole number, is '" + ctx.pathParam("id") + "'");
            }
            Instant now = clock.instant();
            List<String> sites = grid.reductions(null, now).stream().filter(r -> r.id() == id).findFirst()
                    .map(ReductionView::siteIds).orElse(List.of());
            boolean revoked = grid.revoke(id, who, now);
            if (revoked) {
                sites.forEach(s -> reallocate.accept(s, "§14a reduction " + id + " revoked"));
            }
            return revoked;
        }, found -> noContentOr404(ctx, found, "reduction_not_found",
                "no reduction " + ctx.pathParam("id") + " in force or to come"));
    }

    private static GridFields fields(RoutingContext ctx) {
        return new GridFields(CommandViews.body(ctx));
    }

    private static int evseId(RoutingContext ctx) {
        try {
            int id = Integer.parseInt(ctx.pathParam("evse"));
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("evse must be a whole number from 1, is '" + ctx.pathParam("evse") + "'");
        }
    }

    private static void items(RoutingContext ctx, List<?> items) {
        Api.json(ctx, 200, Map.of("items", items));
    }

    private static void noContentOr404(RoutingContext ctx, boolean found, String code, String message) {
        if (found) {
            ctx.response().setStatusCode(204).end();
        } else {
            Api.error(ctx, 404, code, message);
        }
    }
}
