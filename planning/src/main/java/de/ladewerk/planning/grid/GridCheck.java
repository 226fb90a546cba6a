package de.ladewerk.planning.grid;

import de.ladewerk.planning.load.DayType;
import de.ladewerk.planning.load.LoadCurve;
import de.ladewerk.planning.load.LocationType;
import de.ladewerk.planning.load.SiteLoad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places each district's simulated charging load on the transformers of the grid file and checks every
 * transformer and feeder in every quarter hour of the typical working day, unmanaged and managed.
 *
 * <p>Home charging goes to a district's transformers by their share of its households; public AC and
 * workplace charging by the file's shares (by households where blank). DC hubs have their own
 * medium-voltage connections (checked in the hub result) and are not placed here. The existing load is
 * taken at its peak in every quarter hour, which is conservative.
 */
public final class GridCheck {

    /** The curve placed on the grid: on 90 % of working days the load is at most this. */
    public static final String CURVE = "working day, p90 per quarter hour";
    private static final int SLOTS = 96;

    private GridCheck() {
    }

    /**
     * @param grid      the grid file
     * @param districts the scenario's district names
     * @param sites     per-district simulated loads (with curves)
     * @param cosPhi    power factor: capacity = rating · cos φ
     */
    public static GridResult check(GridNetwork grid, List<String> districts, List<SiteLoad> sites, double cosPhi) {
        Map<String, List<GridNetwork.Transformer>> byDistrict = new LinkedHashMap<>();
        grid.transformers().forEach(t -> byDistrict.computeIfAbsent(t.district(), k -> new ArrayList<>()).add(t));
        Map<String, double[][]> curves = new HashMap<>(); // district/location → [unmanaged, managed]
        for (SiteLoad s : sites) {
            curves.put(s.district() + "/" + s.location(), new double[][] {p90(s.unmanaged()), p90(s.managed())});
        }
        Map<String, double[][]> feederLoad = new LinkedHashMap<>();
        grid.feeders().forEach(f -> feederLoad.put(f.id(), new double[2][SLOTS]));
        List<GridResult.Element> transformers = new ArrayList<>();
        for (GridNetwork.Transformer t : grid.transformers()) {
            List<GridNetwork.Transformer> peers = byDistrict.get(t.district());
            double households = peers.stream().mapToDouble(GridNetwork.Transformer::households).sum();
            double byHouseholds = households > 0 ? t.households() / households : 1.0 / peers.size();
            double[][] load = new double[2][SLOTS];
            for (int m = 0; m < 2; m++) {
                add(load[m], curves.get(t.district() + "/" + LocationType.HOME), m, byHouseholds);
                add(load[m], curves.get(t.district() + "/" + LocationType.PUBLIC_AC), m,
                        t.publicAcShare() != null ? t.publicAcShare() : byHouseholds);
                add(load[m], curves.get(t.district() + "/" + LocationType.WORK), m,
                        t.workShare() != null ? t.workShare() : byHouseholds);
                for (int slot = 0; slot < SLOTS; slot++) {
                    load[m][slot] += t.basePeakKw();
                    feederLoad.get(t.feeder())[m][slot] += load[m][slot];
                }
            }
            transformers.add(element(t.id(), t.feeder(), t.district(), t.ratingKva(), cosPhi, t.basePeakKw(), load));
        }
        List<GridResult.Element> feeders = new ArrayList<>();
        for (GridNetwork.Feeder f : grid.feeders()) {
            double base = grid.transformers().stream().filter(t -> t.feeder().equals(f.id()))
                    .mapToDouble(GridNetwork.Transformer::basePeakKw).sum();
            feeders.add(element(f.id(), null, null, f.ratingKva(), cosPhi, base, feederLoad.get(f.id())));
        }
        Set<String> known = new TreeSet<>(districts);
        List<String> without = districts.stream().filter(d -> !byDistrict.containsKey(d)).toList();
        List<String> unknown = byDistrict.keySet().stream().filter(d -> !known.contains(d)).sorted().toList();
        return new GridResult(grid.source(), CURVE, transformers, feeders,
                count(transformers, true), count(transformers, false), count(feeders, true), count(feeders, false),
                without, unknown);
    }

    private static double[] p90(SiteLoad.Outcome o) {
        return o.curves().stream().filter(c -> c.dayType() == DayType.WEEKDAY).findFirst()
                .map(LoadCurve::p90).orElse(new double[SLOTS]);
    }

    private static void add(double[] target, double[][] curve, int managed, double share) {
        if (curve == null) {
            return;
        }
        for (int slot = 0; slot < SLOTS; slot++) {
            target[slot] += curve[managed][slot] * share;
        }
    }

    private static GridResult.Element element(String id, String feeder, String district, double ratingKva, double cosPhi,
                                              double base, double[][] load) {
        double capacity = ratingKva * cosPhi;
        return new GridResult.Element(id, feeder, district, ratingKva, capacity, base, max(load[0]), max(load[1]),
                overloaded(load[0], capacity), overloaded(load[1], capacity));
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static List<String> overloaded(double[] load, double capacity) {
        List<String> slots = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            if (load[slot] > capacity) {
                slots.add(String.format(Locale.ROOT, "%02d:%02d", slot / 4, (slot % 4) * 15));
            }
        }
        return slots;
    }

    private static long count(List<GridResult.Element> elements, boolean unmanaged) {
        return elements.stream().filter(e -> !(unmanaged ? e.overloadedSlotsUnmanaged() : e.overloadedSlotsManaged()).isEmpty())
                .count();
    }
}
