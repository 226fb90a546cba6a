package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.planning.PlanningRuns;
import de.ladewerk.app.planning.GatewayMeasuredNetworkSource;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.report.ActualAgainstTarget;
import de.ladewerk.planning.measured.MeasuredNetworkSource;
import de.ladewerk.planning.report.ComparisonReport;
import de.ladewerk.planning.report.ReportFiles;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioException;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Capacity planning: shipped scenarios (JSON or YAML), runs of a named or posted scenario with or without
 * the measured network as baseline, comparisons, and the SVG charts of recent runs.
 */
public final class PlanningRoutes implements ApiRoutes {

    private static final int MAX_COMPARED = 6;
    /** Months shown by default in actual against target. */
    private static final int MONTHS_SHOWN = 24;
    /** Longest month range one actual-against-target request may ask for. */
    private static final int MAX_MONTHS = 240;

    private final PlanningService planning;
    private final GatewayMeasuredNetworkSource measured;
    private final PlanningRuns runs;

    public PlanningRoutes(PlanningService planning, GatewayMeasuredNetworkSource measured, PlanningRuns runs) {
        this.planning = planning;
        this.measured = measured;
        this.runs = runs;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/planning/scenarios").handler(ctx -> Requests.answer(ctx, api, planning::listScenarios,
                names -> Api.json(ctx, 200, Map.of("items", names))));
        router.get("/api/planning/scenarios/:name").handler(ctx -> Requests.answer(ctx, api,
                scenarioWork(() -> shipped(ctx.pathParam("name"))), s -> {
                    if (wantsYaml(ctx)) {
                        ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(planning.toYaml(s));
                    } else {
                        Api.json(ctx, 200, s);
                    }
                }));
        router.get("/api/planning/measured").handler(ctx -> Requests.answer(ctx, api, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("window", measured.window());
            body.put("network", measured.snapshot());
            return body;
        }, body -> Api.json(ctx, 200, body)));
        router.post("/api/planning/runs").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api,
                scenarioWork(() -> run(ctx)), body -> Api.json(ctx, 200, body)));
        router.post("/api/planning/compare").handler(Requests.body()).handler(ctx -> Requests.answer(ctx, api,
                scenarioWork(() -> compare(ctx)), body -> Api.json(ctx, 200, body)));
        router.get("/api/planning/runs/:id/geojson").handler(ctx -> kept(ctx).ifPresent(run -> {
            if (run.geojson() == null) {
                Api.error(ctx, 404, "not_found", "run " + run.id() + " is a comparison; it has no GeoJSON");
            } else {
                ctx.response().putHeader("Content-Type", "application/geo+json").end(run.geojson());
            }
        }));
        router.get("/api/planning/runs/:id/actual").handler(ctx -> kept(ctx).ifPresent(run -> Requests.answer(ctx, api,
                () -> actual(ctx, run), body -> Api.json(ctx, 200, body))));
        router.get("/api/planning/runs/:id/charts/:chart").handler(ctx -> {
            String name = ctx.pathParam("chart").replaceFirst("\\.svg$", "");
            runs.chart(ctx.pathParam("id"), name).ifPresentOrElse(
                    svg -> ctx.response().putHeader("Content-Type", "image/svg+xml").end(svg),
                    () -> Api.error(ctx, 404, "not_found", "no chart " + name + " of run " + ctx.pathParam("id")
                            + " (runs are kept in memory, the most recent 32)"));
        });
    }

    /**
     * {@code POST /api/planning/runs}: a JSON body {@code {"scenario": name, "measured": bool}} (optionally
     * {@code days}, {@code seed}, {@code year}) or a YAML
     * scenario as body ({@code Content-Type: application/yaml}; {@code ?measured=true} for the baseline).
     */
    private Map<String, Object> run(RoutingContext ctx) throws IOException {
        Scenario scenario;
        boolean withMeasured;
        if (isYaml(ctx)) {
            scenario = planning.parse(ctx.body() == null ? "" : ctx.body().asString());
            withMeasured = Boolean.parseBoolean(ctx.queryParams().get("measured"));
            scenario = settings(scenario, ctx.queryParams().get("days"), ctx.queryParams().get("seed"));
        } else {
            JsonNode b = Requests.json(ctx);
            String name = Requests.text(b, "scenario");
            String yaml = Requests.text(b, "yaml");
            if ((name == null) == (yaml == null)) {
                throw new IllegalArgumentException("give either scenario (a shipped scenario's name) or yaml (a scenario)");
            }
            scenario = name != null ? planning.load(name) : planning.parse(yaml);
            withMeasured = b.path("measured").asBoolean(false);
            scenario = settings(scenario, Requests.text(b, "days"), Requests.text(b, "seed"));
            String year = Requests.text(b, "year");
            if (year != null) { // the planned year (2025–2035 within the scenario's share paths), e.g. for actual against target
                scenario = ScenarioOverrides.withSetting(scenario, "year", whole("year", year));
            }
        }
        PlanningResult result = planning.run(scenario, withMeasured ? measured.snapshot() : null);
        PlanningRuns.Run kept = runs.keep(result);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", kept.id());
        body.put("charts", chartLinks(kept));
        body.put("result", Api.JSON.readTree(ReportFiles.json(result)));
        return body;
    }

    private Optional<PlanningRuns.Run> kept(RoutingContext ctx) {
        Optional<PlanningRuns.Run> run = runs.run(ctx.pathParam("id"));
        if (run.isEmpty()) {
            Api.error(ctx, 404, "not_found", "no run " + ctx.pathParam("id") + " (runs are kept in memory, the most recent 32)");
        }
        return run;
    }

    /**
     * {@code GET /api/planning/runs/:id/actual?from=YYYY-MM&to=YYYY-MM}: installed and used points per district
     * and month from the measured network against the run's path (default: the last 24 months up to this one).
     */
    private Map<String, Object> actual(RoutingContext ctx, PlanningRuns.Run run) {
        if (run.result() == null) {
            throw new IllegalArgumentException("run " + run.id() + " is a comparison; actual against target needs a single run");
        }
        YearMonth to = month("to", ctx.queryParams().get("to"), measured.currentMonth());
        YearMonth from = month("from", ctx.queryParams().get("from"), to.minusMonths(MONTHS_SHOWN - 1));
        if (to.isBefore(from) || from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new IllegalArgumentException("from must not be after to and the range at most " + MAX_MONTHS
                    + " months, is " + from + " to " + to);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActualAgainstTarget.Row r : ActualAgainstTarget.of(run.result(), measured.monthlyPoints(from, to))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("district", r.district());
            row.put("month", r.month().toString());
            row.put("installedPoints", r.installedPoints());
            row.put("usedPoints", r.usedPoints());
            row.put("targetPoints", Math.round(r.targetPoints() * 10) / 10.0);
            rows.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("scenarioYear", run.result().scenario().year());
        body.put("rows", rows);
        return body;
    }

    private static YearMonth month(String name, String raw, YearMonth fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a month like 2026-03, is '" + raw + "'");
        }
    }

    /** {@code POST /api/planning/compare}: {@code {"scenarios": [names], "measured": bool}}. */
    private Map<String, Object> compare(RoutingContext ctx) throws IOException {
        JsonNode b = Requests.json(ctx);
        JsonNode names = b.get("scenarios");
        if (names == null || !names.isArray() || names.size() < 2 || names.size() > MAX_COMPARED) {
            throw new IllegalArgumentException("scenarios must list 2 to " + MAX_COMPARED + " shipped scenario names");
        }
        List<String> columns = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode n : names) {
            columns.add(n.asText());
            scenarios.add(settings(planning.load(n.asText()), Requests.text(b, "days"), Requests.text(b, "seed")));
        }
        MeasuredNetworkSource source = b.path("measured").asBoolean(false) ? measured.snapshot() : null;
        List<PlanningResult> results = planning.compare(scenarios, source);
        PlanningRuns.Run kept = runs.keepComparison(columns, results);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", kept.id());
        body.put("charts", chartLinks(kept));
        body.put("scenarios", columns);
        body.put("cities", results.stream().map(PlanningResult::city).toList());
        body.put("csv", ComparisonReport.csv(columns, results));
        return body;
    }

    private Scenario shipped(String name) {
        if (!planning.listScenarios().contains(name)) {
            throw new NoSuchElementException("no shipped scenario " + name + "; shipped: " + planning.listScenarios());
        }
        return planning.load(name);
    }

    /** The run settings days (1–3650 simulated days) and seed, if given, without renaming the scenario. */
    private static Scenario settings(Scenario s, String days, String seed) {
        Scenario out = s;
        if (days != null) {
            int d = whole("days", days);
            if (d < 1 || d > 3650) {
                throw new IllegalArgumentException("days must be between 1 and 3650, is " + d);
            }
            out = ScenarioOverrides.withSetting(out, "load.days", d);
        }
        if (seed != null) {
            out = ScenarioOverrides.withSetting(out, "load.seed", whole("seed", seed));
        }
        return out;
    }

    private static int whole(String name, String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, is '" + raw + "'");
        }
    }

    private static List<String> chartLinks(PlanningRuns.Run run) {
        return run.charts().keySet().stream().map(c -> "/api/planning/runs/" + run.id() + "/charts/" + c + ".svg").toList();
    }

    /** Scenario problems and unknown names are bad input (400), not failures of the server. */
    private static <T> Callable<T> scenarioWork(Callable<T> work) {
        return () -> {
            try {
                return work.call();
            } catch (ScenarioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }

    private static boolean isYaml(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        return type != null && (type.contains("yaml") || type.startsWith("text/plain"));
    }

    private static boolean wantsYaml(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        return "yaml".equals(ctx.queryParams().get("format")) || (accept != null && accept.contains("yaml"));
    }
}
