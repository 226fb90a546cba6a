package de.ladewerk.planning.load;

import de.ladewerk.planning.sizing.SiteSizing;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the district pools of one location type up to a city row. Points add up; the peak is the
 * city's own simultaneous peak (not the sum of district peaks, which fall at different times);
 * all-day blocking, occupancy and utilisation are weighted by arrivals or points; the Erlang and
 * peak-hour figures are the worst district's, since the service level is promised in every district.
 */
final class SizingTotals {

    static final String CITY = LoadSimulator.CITY;

    private SizingTotals() {
    }

    static List<SiteSizing> city(List<SiteSizing> districts, CityTotals totals, int days) {
        List<SiteSizing> rows = new ArrayList<>();
        for (LocationType location : LocationType.values()) {
            List<SiteSizing> pools = districts.stream().filter(s -> s.location().equals(location.name())).toList();
            if (pools.isEmpty()) {
                continue;
            }
            PoolSizing.Peak peak = PoolSizing.Peak.of(totals.pluggedIn(location), days, null);
            long points = pools.stream().mapToLong(SiteSizing::points).sum();
            long arrivals = pools.stream().mapToLong(SiteSizing::arrivals).sum();
            rows.add(new SiteSizing(CITY, location.name(), pools.get(0).serviceLevel(), peak.meanEvs(), peak.label(),
                    peak.maxEvs(), pools.stream().mapToLong(SiteSizing::pointsErlang).sum(), points, pools.stream().mapToLong(SiteSizing::pointsByEnergyUtilisation).sum(),
                    pools.stream().mapToDouble(SiteSizing::blockingErlang).max().orElse(0),
                    pools.stream().mapToDouble(SiteSizing::blockingSimulatedWeekdayPeak).max().orElse(0),
                    pools.stream().mapToDouble(SiteSizing::blockingSimulatedWeekendPeak).max().orElse(0),
                    weighted(pools, arrivals, true, SiteSizing::blockingSimulatedAllDay),
                    weighted(pools, points, false, SiteSizing::occupancy),
                    weighted(pools, points, false, SiteSizing::energyUtilisation), arrivals));
        }
        return rows;
    }

    private static double weighted(List<SiteSizing> pools, long total, boolean byArrivals,
                                   java.util.function.ToDoubleFunction<SiteSizing> figure) {
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (SiteSizing s : pools) {
            sum += figure.applyAsDouble(s) * (byArrivals ? s.arrivals() : s.points());
        }
        return sum / total;
    }
}
