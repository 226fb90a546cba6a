package de.ladewerk.loadmanagement.allocation;

import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.Phase;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The linear limits of one allocation: per site its kW and each phase's amperes, per transformer its kW
 * (and amperes, if set), per active §14a reduction its kW over the controllable devices. Each session
 * loads a limit with a coefficient per ampere of its current (1 on a phase it draws on; kW per A for
 * power limits).
 */
final class LimitSet {

    /** One limit; {@code slack} is what is left of {@code capacity}. */
    static final class Limit {
        final String name;
        final String unit;
        double capacity;
        final boolean reduction;
        final double reductionKw;
        final double preUsed;
        double slack;
        double used;

        Limit(String name, String unit, double capacity, double preUsed, boolean reduction, double reductionKw) {
            this.name = name;
            this.unit = unit;
            this.capacity = capacity;
            this.reduction = reduction;
            this.reductionKw = reductionKw;
            this.preUsed = preUsed;
            this.used = preUsed;
            this.slack = capacity - preUsed;
        }
    }

    final List<Limit> limits = new ArrayList<>();
    private final Map<String, int[]> sitePhaseLimits = new HashMap<>(); // site -> L1, L2, L3 limit indexes
    private final Map<String, Integer> siteKwLimits = new HashMap<>();
    private final Map<String, int[]> transformerPhaseLimits = new HashMap<>();
    private final Map<String, Integer> transformerKwLimits = new HashMap<>();
    private final Map<String, List<Integer>> reductionsBySite = new HashMap<>();

    LimitSet(Grid grid, Collection<Reduction> reductions, Instant now) {
        for (Transformer t : grid.transformers()) {
            double baseKw = grid.sitesUnder(t.id()).stream().mapToDouble(s -> s.baseLoad().kwAt(now)).sum();
            transformerKwLimits.put(t.id(), add("transformer " + t.id() + " kW", "kW", t.limitKw(), baseKw));
            if (t.limitAmpsPerPhase() != null) {
                transformerPhaseLimits.put(t.id(), phaseLimits("transformer " + t.id(), t.limitAmpsPerPhase(),
                        BaseLoad.ampsPerPhase(baseKw)));
            }
        }
        for (Site s : grid.sites()) {
            double baseKw = s.baseLoad().kwAt(now);
            siteKwLimits.put(s.id(), add("site " + s.id() + " kW", "kW", s.limitKw(), baseKw));
            sitePhaseLimits.put(s.id(), phaseLimits("site " + s.id(), s.limitAmpsPerPhase(), BaseLoad.ampsPerPhase(baseKw)));
        }
        for (Reduction r : reductions) {
            if (!r.activeAt(now)) {
                continue;
            }
            limits.add(new Limit("§14a reduction " + r.id() + " kW", "kW", r.powerKw(), 0, true, r.powerKw()));
            int index = limits.size() - 1;
            for (String site : r.siteIds()) {
                reductionsBySite.computeIfAbsent(site, k -> new ArrayList<>()).add(index);
            }
        }
    }

    private int add(String name, String unit, double capacity, double preUsed) {
        limits.add(new Limit(name, unit, capacity, preUsed, false, 0));
        return limits.size() - 1;
    }

    private int[] phaseLimits(String owner, double amps, double baseAmps) {
        int[] idx = new int[3];
        for (Phase p : Phase.values()) {
            idx[p.ordinal()] = add(owner + " " + p, "A", amps, baseAmps);
        }
        return idx;
    }

    /**
     * The limits a session on {@code site} drawing on {@code gridPhases} loads, with coefficients per
     * ampere; §14a reductions only for controllable devices.
     */
    void membership(Site site, List<Phase> gridPhases, boolean controllable, List<Integer> idx, List<Double> coef) {
        double kwPerAmp = gridPhases.size() * Phase.NOMINAL_VOLTS / 1000;
        int[] sitePhases = sitePhaseLimits.get(site.id());
        for (Phase p : gridPhases) {
            idx.add(sitePhases[p.ordinal()]);
            coef.add(1.0);
        }
        idx.add(siteKwLimits.get(site.id()));
        coef.add(kwPerAmp);
        if (site.transformerId() != null) {
            idx.add(transformerKwLimits.get(site.transformerId()));
            coef.add(kwPerAmp);
            int[] tPhases = transformerPhaseLimits.get(site.transformerId());
            if (tPhases != null) {
                for (Phase p : gridPhases) {
                    idx.add(tPhases[p.ordinal()]);
                    coef.add(1.0);
                }
            }
        }
        if (controllable) {
            for (int r : reductionsBySite.getOrDefault(site.id(), List.of())) {
                idx.add(r);
                coef.add(kwPerAmp);
            }
        }
    }

    /** Whether the site has an active reduction that applies to its controllable devices. */
    boolean reduced(String siteId) {
        return reductionsBySite.containsKey(siteId);
    }
}
