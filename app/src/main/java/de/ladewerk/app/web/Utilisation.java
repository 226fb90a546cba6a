package de.ladewerk.app.web;

import de.ladewerk.gateway.query.DashboardQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns occupied connector-seconds into utilisation shares (0–1) for the charts. */
final class Utilisation {

    /** The network's local time, in which weekdays and hours are counted. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Utilisation() {
    }

    /** One heatmap cell: weekday 1 (Monday) – 7, local hour 0–23, share of connector time occupied. */
    record Cell(int weekday, int hour, double utilisation) {
    }

    /** One district's figures with its utilisation share over the window. */
    record DistrictShare(String district, long stations, long online, long faulted, long connectors, double utilisation) {
    }

    /**
     * All 168 cells: occupied seconds over (connectors × 3600 × how often that local weekday-hour falls in the
     * window); 0 where there are no connectors.
     */
    static List<Cell> heatmap(List<DashboardQueries.OccupiedHour> occupied, long connectors, Instant from, Instant to) {
        Map<Integer, Integer> occurrences = new HashMap<>();
        ZonedDateTime h = from.atZone(ZONE).truncatedTo(ChronoUnit.HOURS);
        while (h.toInstant().isBefore(to)) {
            occurrences.merge(key(h.getDayOfWeek().getValue(), h.getHour()), 1, Integer::sum);
            h = h.plusHours(1);
        }
        Map<Integer, Double> seconds = new HashMap<>();
        occupied.forEach(o -> seconds.merge(key(o.weekday(), o.hour()), o.occupiedSeconds(), Double::sum));
        List<Cell> cells = new ArrayList<>(168);
        for (int day = 1; day <= 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                double capacity = connectors * 3600.0 * occurrences.getOrDefault(key(day, hour), 0);
                double used = seconds.getOrDefault(key(day, hour), 0.0);
                cells.add(new Cell(day, hour, capacity <= 0 ? 0 : Math.min(1, used / capacity)));
            }
        }
        return cells;
    }

    static List<DistrictShare> districts(List<DashboardQueries.District> districts, Duration window) {
        Map<String, DistrictShare> out = new LinkedHashMap<>();
        for (DashboardQueries.District d : districts) {
            double capacity = d.connectors() * (double) window.toSeconds();
            out.put(d.district(), new DistrictShare(d.district(), d.stations(), d.online(), d.faulted(), d.connectors(),
                    capacity <= 0 ? 0 : Math.min(1, d.occupiedSeconds() / capacity)));
        }
        return new ArrayList<>(out.values());
    }

    private static int key(int weekday, int hour) {
        return weekday * 100 + hour;
    }
}
