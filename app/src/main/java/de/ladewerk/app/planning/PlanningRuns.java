package de.ladewerk.app.planning;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.SiteLoad;
import de.ladewerk.planning.report.Charts;
import de.ladewerk.planning.report.ComparisonReport;
import de.ladewerk.planning.report.GeoJsonReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The most recent planning runs and comparisons, kept in memory so their charts can be fetched after
 * the run answered. Bounded (oldest forgotten); a restart forgets them, runs are cheap to repeat.
 */
public final class PlanningRuns {

    private static final int KEPT = 32;

    /**
     * One run or comparison: its SVG charts by name and, for a single run, its result and GeoJSON.
     *
     * @param result  the run's result, {@code null} for a comparison
     * @param geojson the run's sites, hubs and district results as GeoJSON, {@code null} for a comparison
     */
    public record Run(String id, Map<String, String> charts, PlanningResult result, String geojson) {
    }

    private final Map<String, Run> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > KEPT;
        }
    };

    /** Keeps a run's charts: {@code gap-per-district} and {@code load-<location>} per location type. */
    public synchronized Run keep(PlanningResult result) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("gap-per-district", Charts.gapPerDistrict(result));
        for (SiteLoad site : result.load().city()) {
            charts.put("load-" + site.location().name().toLowerCase().replace('_', '-'), Charts.loadCurve(result, site));
        }
        return store(charts, result, GeoJsonReport.render(result));
    }

    /** Keeps a comparison's chart: {@code public-points-per-district}, one bar per scenario. */
    public synchronized Run keepComparison(List<String> names, List<PlanningResult> results) {
        return store(Map.of("public-points-per-district", ComparisonReport.publicPointsChart(names, results)), null, null);
    }

    private Run store(Map<String, String> charts, PlanningResult result, String geojson) {
        Run run = new Run(UUID.randomUUID().toString(), charts, result, geojson);
        runs.put(run.id(), run);
        return run;
    }

    /** A kept run by id. */
    public synchronized Optional<Run> run(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    public synchronized Optional<String> chart(String runId, String name) {
        Run run = runs.get(runId);
        return run == null ? Optional.empty() : Optional.ofNullable(run.charts().get(name));
    }
}
