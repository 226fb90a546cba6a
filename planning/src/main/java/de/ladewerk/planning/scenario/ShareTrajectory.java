package de.ladewerk.planning.scenario;

import java.util.Comparator;
import java.util.List;

/**
 * The EV share over the years, as points joined by straight lines.
 *
 * <p>Before the first point the first share holds and after the last point the last share holds:
 * the model never extrapolates a trend beyond what the scenario states.
 *
 * @param points at least one point; years need not be sorted in the file
 */
public record ShareTrajectory(List<YearShare> points) {

    /** The EV share in {@code year}, linearly interpolated between the stated points. */
    public double shareIn(int year) {
        List<YearShare> sorted = points.stream().sorted(Comparator.comparingInt(YearShare::year)).toList();
        YearShare first = sorted.get(0);
        if (year <= first.year()) {
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
        return sorted.get(sorted.size() - 1).share();
    }
}
