package de.ladewerk.planning.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a multi-day timeline into one percentile curve per day type. */
final class Percentiles {

    private static final int SLOTS = ArrivalDistribution.SLOTS;

    private Percentiles() {
    }

    /** Curves for weekdays and weekends from timeline slots of days 0 .. days−1 (after the warm-up day). */
    static List<LoadCurve> curves(LocationType location, boolean managed, double[] kw, int days) {
        List<LoadCurve> curves = new ArrayList<>(2);
        for (DayType type : DayType.values()) {
            int[] dayIndexes = java.util.stream.IntStream.range(0, days).filter(d -> DayType.of(d) == type).toArray();
            if (dayIndexes.length == 0) {
                continue;
            }
            double[] mean = new double[SLOTS];
            double[] p50 = new double[SLOTS];
            double[] p90 = new double[SLOTS];
            double[] p99 = new double[SLOTS];
            double[] column = new double[dayIndexes.length];
            for (int slot = 0; slot < SLOTS; slot++) {
                double sum = 0;
                for (int k = 0; k < dayIndexes.length; k++) {
                    column[k] = kw[(dayIndexes[k] + 1) * SLOTS + slot];
                    sum += column[k];
                }
                Arrays.sort(column);
                mean[slot] = sum / column.length;
                p50[slot] = nearestRank(column, 0.50);
                p90[slot] = nearestRank(column, 0.90);
                p99[slot] = nearestRank(column, 0.99);
            }
            curves.add(new LoadCurve(location, type, managed, mean, p50, p90, p99, Arrays.stream(p99).max().orElse(0)));
        }
        return curves;
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least q of the values at or below it. */
    static double nearestRank(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
