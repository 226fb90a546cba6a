package de.ladewerk.planning.report;

import de.ladewerk.planning.DistrictRow;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.DayType;
import de.ladewerk.planning.load.LoadCurve;
import de.ladewerk.planning.load.SiteLoad;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The charts a planner reads: load curves per location and the gap per district. */
public final class Charts {

    private Charts() {
    }

    /** City load of one location: weekday percentiles, managed p99, weekend p90 and the site limit. */
    public static String loadCurve(PlanningResult result, SiteLoad site) {
        List<LineChart.Series> series = new ArrayList<>();
        LoadCurve weekday = curve(site.unmanaged().curves(), DayType.WEEKDAY);
        if (weekday != null) {
            series.add(new LineChart.Series("weekday p50", weekday.p50(), false));
            series.add(new LineChart.Series("weekday p90", weekday.p90(), false));
            series.add(new LineChart.Series("weekday p99", weekday.p99(), false));
        }
        LoadCurve managed = curve(site.managed().curves(), DayType.WEEKDAY);
        if (managed != null) {
            series.add(new LineChart.Series("weekday p99 managed", managed.p99(), true));
        }
        LoadCurve weekend = curve(site.unmanaged().curves(), DayType.WEEKEND);
        if (weekend != null) {
            series.add(new LineChart.Series("weekend p90", weekend.p90(), true));
        }
        double[] limit = new double[96];
        Arrays.fill(limit, site.siteLimitKw());
        series.add(new LineChart.Series("site limit", limit, true));
        String title = result.scenario().name() + ": " + site.location().name().toLowerCase().replace('_', ' ')
                + " charging, whole city, " + result.load().days() + " simulated days";
        return LineChart.render(title, "kW", series);
    }

    /** Per district: the gap to the measured network, or the public points needed when none was given. */
    public static String gapPerDistrict(PlanningResult result) {
        List<String> labels = result.districts().stream().map(d -> d.demand().district()).toList();
        List<DistrictRow> rows = result.districts();
        if (result.measured()) {
            return BarChart.render(result.scenario().name() + ": public points missing per district",
                    "needed − installed (negative: more installed than needed)", labels, List.of(
                            new BarChart.Series("AC points missing", rows.stream().mapToDouble(r -> r.gap().gapAcPorts()).toArray()),
                            new BarChart.Series("DC points missing", rows.stream().mapToDouble(r -> r.gap().gapDcPorts()).toArray())));
        }
        return BarChart.render(result.scenario().name() + ": public points needed per district",
                "no measured network given: installed points per district unknown", labels, List.of(
                        new BarChart.Series("AC points needed", rows.stream().mapToDouble(r -> r.demand().ports().publicAc()).toArray()),
                        new BarChart.Series("DC points needed", rows.stream().mapToDouble(r -> r.demand().ports().publicDc()).toArray())));
    }

    private static LoadCurve curve(List<LoadCurve> curves, DayType type) {
        return curves.stream().filter(c -> c.dayType() == type).findFirst().orElse(null);
    }
}
