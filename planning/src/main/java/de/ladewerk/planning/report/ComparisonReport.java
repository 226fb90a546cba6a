package de.ladewerk.planning.report;

import de.ladewerk.planning.CitySummary;
import de.ladewerk.planning.PlanningResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Several runs side by side (scenarios or sweep steps): text table, CSV and a per-district chart. */
public final class ComparisonReport {

    private record Metric(String name, Function<CitySummary, Object> value) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("EV share", c -> pct(c.evShare())),
            new Metric("EVs based in city", c -> n(c.evs())),
            new Metric("commuters' EV share", c -> pct(c.commuterEvShare())),
            new Metric("commuter EVs", c -> n(c.commuterEvs())),
            new Metric("energy MWh/day", c -> d1(c.energyMwhPerDay())),
            new Metric("public MWh/day", c -> d1(c.publicEnergyMwhPerDay())),
            new Metric("public AC points", c -> c.ports().publicAc()),
            new Metric("public DC points", c -> c.ports().publicDc()),
            new Metric("AC points by energy util.", c -> c.portsByEnergyUtilisation().publicAc()),
            new Metric("work points", c -> c.ports().work()),
            new Metric("home points", c -> c.ports().home()),
            new Metric("public kW", c -> n(c.publicKw())),
            new Metric("AFIR kW", c -> n(c.afirKw())),
            new Metric("EVs per public point", c -> c.evsPerPublicPoint() == null ? "-" : d1(c.evsPerPublicPoint())),
            new Metric("EVs+commuters per pub pt", c -> c.allEvsPerPublicPoint() == null ? "-" : d1(c.allEvsPerPublicPoint())),
            new Metric("installed public points", c -> c.installedPublicPoints() == null ? "?" : c.installedPublicPoints()),
            new Metric("gap public points", c -> c.gapPublicPoints() == null ? "?" : c.gapPublicPoints()),
            new Metric("overloaded transformers", c -> c.overloadedTransformers() + "/" + c.transformers()));

    private ComparisonReport() {
    }

    /** Metrics as rows, runs as columns. */
    public static String table(List<String> columns, List<PlanningResult> results) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-26s", "metric"));
        columns.forEach(c -> t.append(String.format(Locale.ROOT, " %28s", shorten(c))));
        t.append('\n');
        for (Metric m : METRICS) {
            t.append(String.format(Locale.ROOT, "%-26s", m.name()));
            results.forEach(r -> t.append(String.format(Locale.ROOT, " %28s", m.value().apply(r.city()))));
            t.append('\n');
        }
        return t.toString();
    }

    /** The same as {@link #table}, comma-separated. */
    public static String csv(List<String> columns, List<PlanningResult> results) {
        StringBuilder csv = new StringBuilder("metric");
        columns.forEach(c -> csv.append(',').append(CsvReport.quote(c)));
        csv.append('\n');
        for (Metric m : METRICS) {
            csv.append(CsvReport.quote(m.name()));
            results.forEach(r -> csv.append(',').append(CsvReport.quote(String.valueOf(m.value().apply(r.city())))));
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Writes comparison.csv and public-points-per-district.svg (one bar per run) into {@code dir}. */
    public static List<Path> write(List<String> columns, List<PlanningResult> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(ReportFiles.write(dir.resolve("comparison.csv"), csv(columns, results)));
        written.add(ReportFiles.write(dir.resolve("public-points-per-district.svg"), publicPointsChart(columns, results)));
        return written;
    }

    /** SVG bar chart: public points needed per district, one bar per run (the HTTP API serves it too). */
    public static String publicPointsChart(List<String> columns, List<PlanningResult> results) {
        List<String> labels = results.get(0).districts().stream().map(d -> d.demand().district()).toList();
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            series.add(new BarChart.Series(shorten(columns.get(i)),
                    results.get(i).districts().stream().mapToDouble(d -> d.demand().ports().publicTotal()).toArray()));
        }
        return BarChart.render("Public points needed per district", "public AC + DC points", labels, series);
    }

    private static String shorten(String s) {
        return s.length() > 28 ? s.substring(s.length() - 28) : s;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String d1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
