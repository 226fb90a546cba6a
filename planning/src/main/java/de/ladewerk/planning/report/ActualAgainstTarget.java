package de.ladewerk.planning.report;

import de.ladewerk.planning.DistrictRow;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.measured.MonthlyPoints;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Installed and used public points per district and month against the scenario's path: a straight line
 * from the points installed in the first measured month to the points needed (AC + DC, as sized) in
 * December of the scenario's year. The line is a planning convention, not a forecast.
 */
public final class ActualAgainstTarget {

    /**
     * One district in one month.
     *
     * @param district        district name
     * @param month           the month
     * @param installedPoints measured installed public points; {@code null} for months not measured
     * @param usedPoints      of which used at least once; {@code null} for months not measured
     * @param targetPoints    the scenario's path in that month
     */
    public record Row(String district, YearMonth month, Long installedPoints, Long usedPoints, double targetPoints) {
    }

    private ActualAgainstTarget() {
    }

    /** Rows per district from the first measured month to December of the scenario's year. */
    public static List<Row> of(PlanningResult result, List<MonthlyPoints> measured) {
        if (measured.isEmpty()) {
            return List.of();
        }
        YearMonth first = measured.stream().map(MonthlyPoints::month).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = YearMonth.of(result.scenario().year(), 12);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the scenario's year " + result.scenario().year()
                    + " ends before the first measured month " + first + "; pick a later year");
        }
        Map<String, MonthlyPoints> byKey = new HashMap<>();
        measured.forEach(m -> byKey.put(m.district() + "/" + m.month(), m));
        long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS);
        List<Row> rows = new ArrayList<>();
        for (DistrictRow d : result.districts()) {
            String name = d.demand().district();
            MonthlyPoints start = byKey.get(name + "/" + first);
            double from = start == null ? 0 : start.installedPoints();
            double to = d.demand().ports().publicTotal();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                double t = months == 0 ? 1 : (double) first.until(m, java.time.temporal.ChronoUnit.MONTHS) / months;
                MonthlyPoints p = byKey.get(name + "/" + m);
                rows.add(new Row(name, m, p == null ? null : p.installedPoints(), p == null ? null : p.usedPoints(),
                        from + t * (to - from)));
            }
        }
        return rows;
    }
}
