package de.ladewerk.planning.scenario;

import java.util.Comparator;
import java.util.List;

/**
 * The EV share over the years, as points joined by straight lines.
 *
 * <p>A year before the first or after the last stated point is refused: the model never extrapolates a
 * trend, nor silently copies the last value, beyond what the scenario states.
 *
 * @param points at least one point; years need not be sorted in the file
 */
public record ShareTrajectory(List<YearShare> points) {

    /**
     * The EV share in {@code year}, linearly interpolated between the stated points.
     *
     * @throws IllegalArgumentException when {@code year} lies outside the stated years
     */
    public double shareIn(int year) {
        List<YearShare> sorted = points.stream().sorted(Comparator.comparingInt(YearShare::year)).toList();
        YearShare first = sorted.get(0);
        if (!covers(year)) {
            throw new IllegalArgumentException("year " + year + " lies outside the stated EV shares (" + firstYear() + "–"
                    + lastYear() + "); add a point for it rather than let the model guess");
        }
        if (year == first.year()) {
            return first.share();
        }
        for (int i = 1; i < sorted.size(); i++) {
            YearShare from = sorted.get(i - 1);
            YearShare to = sorted.get(i);
            if (year <= to.year()) {
                double t = (double) (year - from.year()) / (to.year() - from.year());
                return from.share() + t * (to.share() - from.share());
            }
        }
        throw new IllegalStateException("unreachable: year " + year + " is covered");
    }

    /** Whether {@code year} lies within the stated years (inclusive). */
    public boolean covers(int year) {
        return year >= firstYear() && year <= lastYear();
    }

    /** The first stated year. */
    public int firstYear() {
        return points.stream().mapToInt(YearShare::year).min().orElseThrow();
    }

    /** The last stated year. */
    public int lastYear() {
        return points.stream().mapToInt(YearShare::year).max().orElseThrow();
    }
}
