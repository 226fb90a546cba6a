package de.ladewerk.planning.sensitivity;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.scenario.Scenario;
import de.ladewerk.planning.scenario.ScenarioOverrides;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time sensitivity (tornado): each assumption is set to a low and a high value while all others
 * keep the scenario's values; the bars are sorted by how far they move the result.
 */
public final class Tornado {

    /**
     * One assumption's range.
     *
     * @param path scenario path, as for sweeps
     * @param low  its low value
     * @param high its high value
     */
    public record Range(String path, double low, double high) {
    }

    /**
     * One bar.
     *
     * @param path        the assumption
     * @param low         its low value
     * @param high        its high value
     * @param resultLow   the result with the low value
     * @param resultHigh  the result with the high value
     * @param swing       |resultHigh − resultLow|
     */
    public record Bar(String path, double low, double high, double resultLow, double resultHigh, double swing) {
    }

    /**
     * The result.
     *
     * @param metric the figure measured
     * @param base   its value in the scenario as given
     * @param bars   widest swing first
     */
    public record Result(String metric, double base, List<Bar> bars) {
    }

    /** The assumptions that move Wolfsburg's result most (docs/planning-method.md), with plausible ranges. */
    public static final List<Range> TOP_ASSUMPTIONS = List.of(
            new Range("vehicles.externalShare", 0.3, 0.6),
            new Range("commuters.evShare", 0.027, 0.106),
            new Range("charging.publicShare", 0.36, 0.50),
            new Range("charging.homeAccess", 0.4, 0.8),
            new Range("charging.serviceLevel", 0.02, 0.10),
            new Range("load.publicAc.dwellMedianHours", 2.0, 4.0));

    /** Public points (AC + DC) needed: the figure planners are asked to defend. */
    public static final String PUBLIC_POINTS = "public points needed";

    private Tornado() {
    }

    /** Runs the scenario once, then twice per range; public points needed is the measured figure. */
    public static Result publicPoints(PlanningService service, Scenario scenario, List<Range> ranges) {
        return run(service, scenario, ranges, PUBLIC_POINTS, r -> r.city().ports().publicTotal());
    }

    static Result run(PlanningService service, Scenario scenario, List<Range> ranges, String metric,
                      ToDoubleFunction<PlanningResult> figure) {
        double base = figure.applyAsDouble(service.run(scenario, null));
        List<Bar> bars = new ArrayList<>();
        for (Range range : ranges) {
            if (!(range.low() < range.high())) {
                throw new IllegalArgumentException("range of " + range.path() + ": low " + range.low()
                        + " must be below high " + range.high());
            }
            double low = figure.applyAsDouble(service.run(ScenarioOverrides.with(scenario, range.path(), range.low()), null));
            double high = figure.applyAsDouble(service.run(ScenarioOverrides.with(scenario, range.path(), range.high()), null));
            bars.add(new Bar(range.path(), range.low(), range.high(), low, high, Math.abs(high - low)));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new Result(metric, base, bars);
    }

    /** The bars as text, widest first, with a bar of '#' scaled to the widest swing. */
    public static String render(Result r) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "Tornado: %s, base %,.0f%n", r.metric(), r.base()));
        double widest = r.bars().isEmpty() ? 1 : Math.max(1, r.bars().get(0).swing());
        for (Bar b : r.bars()) {
            t.append(String.format(Locale.ROOT, "  %-34s %8s .. %-8s → %,7.0f .. %,-7.0f swing %,7.0f  %s%n", b.path(),
                    trim(b.low()), trim(b.high()), b.resultLow(), b.resultHigh(), b.swing(),
                    "#".repeat((int) Math.round(30 * b.swing() / widest))));
        }
        return t.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
