package de.ladewerk.loadmanagement.allocation;

import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.demand.SessionDemand;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.Phase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Shares the power of sites and transformers among the cars plugged in. Pure and deterministic: the
 * same grid, sessions, reductions and instant give the same allocation.
 *
 * <ol>
 *   <li>Stations that reject profiles are counted at their maximum (the worst case).</li>
 *   <li>Admission: in order of priority group, departure urgency (ISO 15118 needs), arrival, every car gets
 *       its minimum (6 A, or more if the EVSE or the car needs more; under a §14a reduction a controllable
 *       device at least 4.2 kW) if that still fits under every limit it loads; otherwise it waits at 0 A.
 *       A waiting car therefore always means some limit it loads is full.</li>
 *   <li>Water-filling, one priority group after the other (highest first): cars with ISO 15118 needs are
 *       first raised to the current that delivers their energy by departure; then every car of the group
 *       to its maximum. Both passes are water-filling (max-min fair): the lowest cars rise first, all by the
 *       same amperes. A car stops rising when it reaches its target or a limit it loads (a phase, a kW
 *       limit, a reduction) is full.</li>
 *   <li>Currents are rounded down to 0.1 A, so no limit is exceeded by rounding.</li>
 * </ol>
 */
public final class Allocator {

    /** Amperes a car drawing less than offered gets above what it draws, so it can rise again. */
    public static final double DRAW_HEADROOM_AMPS = 2;

    private static final double EPS = 1e-9;

    public AllocationResult allocate(Grid grid, Collection<SessionDemand> sessions, Collection<Reduction> reductions,
                                     Instant now) {
        LimitSet set = new LimitSet(grid, reductions, now);
        List<String> warnings = new ArrayList<>();
        List<Allocation> out = new ArrayList<>();
        List<Car> cars = new ArrayList<>();
        Set<String> evsesTaken = new HashSet<>();
        for (SessionDemand s : sessions) {
            Evse evse = grid.evse(s.evseId()).orElse(null);
            if (evse == null || !evsesTaken.add(s.evseId())) {
                String why = evse == null ? "EVSE " + s.evseId() + " is on no site" : "EVSE " + s.evseId() + " already has a session";
                warnings.add("session " + s.sessionId() + ": " + why);
                out.add(new Allocation(s.sessionId(), s.evseId(), 0, 0, 0, Reason.NOT_ON_GRID, why));
                continue;
            }
            cars.add(new Car(s, evse, grid, set, now));
        }
        for (Car c : cars) {
            if (!c.evse.compliant()) {
                c.load(set, c.evse.maxAmps());
                c.reason = Reason.UNMANAGED;
                c.detail = "station rejects charging profiles: counted at its maximum";
            }
        }
        for (LimitSet.Limit l : set.limits) {
            if (l.slack < -EPS) {
                warnings.add(l.name + " is exceeded by base load and unmanaged stations alone (" + round(l.used) + " of "
                        + round(l.capacity) + " " + l.unit + ")");
            }
        }
        List<Car> managed = cars.stream().filter(c -> c.evse.compliant()).sorted(ADMISSION_ORDER).toList();
        admit(managed, set);
        TreeSet<Integer> priorities = new TreeSet<>(Comparator.reverseOrder());
        managed.forEach(c -> priorities.add(c.demand.priority()));
        for (int priority : priorities) {
            List<Car> group = managed.stream().filter(c -> c.admitted && c.demand.priority() == priority).toList();
            fill(group.stream().filter(c -> c.needed != null).toList(), set, c -> Math.max(c.lower, Math.min(c.max, c.needed)));
            fill(group, set, c -> c.max);
        }
        for (Car c : cars) {
            double amps = c.reason == Reason.UNMANAGED ? c.amps : Math.floor(c.amps * 10 + 1e-6) / 10;
            out.add(new Allocation(c.demand.sessionId(), c.evse.id(), amps, c.phases.size(),
                    amps * c.kwPerAmp(), c.reason, c.detail));
        }
        return new AllocationResult(now, out, usage(set, cars), warnings);
    }

    private static final Comparator<Car> ADMISSION_ORDER = Comparator
            .comparingInt((Car c) -> -c.demand.priority())
            .thenComparingDouble(c -> -c.urgency())
            .thenComparing(c -> c.demand.pluggedInAt())
            .thenComparing(c -> c.demand.sessionId());

    /** Minimums in admission order; §14a reductions cannot refuse a device its legal minimum. */
    private static void admit(List<Car> cars, LimitSet set) {
        for (Car c : cars) {
            if (c.min > c.max + EPS) {
                c.reason = Reason.PAUSED;
                c.detail = "its minimum " + c.min + " A is above the most it may draw (" + round(c.max) + " A)";
                continue;
            }
            String blocking = c.blocking(set, c.floor, true);
            double lower = c.floor;
            if (blocking != null && c.floor > c.min) {
                lower = c.min;
                blocking = c.blocking(set, c.min, true);
            }
            if (blocking != null) {
                c.reason = Reason.PAUSED;
                c.detail = "its minimum " + c.min + " A does not fit under " + blocking;
                continue;
            }
            c.admitted = true;
            c.lower = lower;
            c.load(set, lower);
            c.reason = lower >= c.max - EPS ? Reason.AT_MAXIMUM : null;
        }
        // devices the site's own limits kept below their §14a floor at admission rise to it first, where
        // those limits allow: the reduction cannot refuse them (its slack is unbounded meanwhile)
        for (LimitSet.Limit l : set.limits) {
            if (l.reduction) {
                l.slack = Double.POSITIVE_INFINITY;
            }
        }
        fill(cars.stream().filter(c -> c.admitted && c.lower < c.floor).toList(), set, c -> c.floor);
        for (LimitSet.Limit l : set.limits) {
            if (l.reduction) {
                // the floors may take a reduction past its power: then the floors are the reduction
                l.capacity = Math.max(l.reductionKw, l.used);
                l.slack = l.capacity - l.used;
            }
        }
    }

    /**
     * Water-filling: raises the level from the lowest car up; every car below the level rises with it,
     * until each reaches its target (the needed current in the first pass, its maximum in the second) or
     * a limit it loads is full. Cars that start higher (a larger minimum, a need already met) wait until
     * the level reaches them, so the result is max-min fair.
     */
    private static void fill(List<Car> group, LimitSet set, ToDoubleFunction<Car> target) {
        List<Car> candidates = new ArrayList<>();
        for (Car c : group) {
            c.target = target.applyAsDouble(c);
            if (c.amps < c.target - EPS && c.reason != Reason.LIMITED) {
                candidates.add(c);
            } else if (c.amps >= c.max - EPS) {
                c.reason = c.drawLimited ? Reason.DRAWS_LESS : Reason.AT_MAXIMUM;
            }
        }
        double[] perAmp = new double[set.limits.size()];
        while (!candidates.isEmpty()) {
            double level = Double.POSITIVE_INFINITY;
            for (Car c : candidates) {
                level = Math.min(level, c.amps);
            }
            java.util.Arrays.fill(perAmp, 0);
            double step = Double.POSITIVE_INFINITY;
            List<Car> rising = new ArrayList<>();
            for (Car c : candidates) {
                if (c.amps > level + EPS) {
                    step = Math.min(step, c.amps - level); // the level reaches the next car
                    continue;
                }
                rising.add(c);
                step = Math.min(step, c.target - c.amps);
                for (int k = 0; k < c.limits.length; k++) {
                    perAmp[c.limits[k]] += c.coef[k];
                }
            }
            for (int l = 0; l < perAmp.length; l++) {
                if (perAmp[l] > 0) {
                    step = Math.min(step, Math.max(0, set.limits.get(l).slack) / perAmp[l]);
                }
            }
            for (Car c : rising) {
                c.amps += step;
            }
            for (int l = 0; l < perAmp.length; l++) {
                LimitSet.Limit limit = set.limits.get(l);
                limit.slack -= step * perAmp[l];
                limit.used += step * perAmp[l];
            }
            List<Car> still = new ArrayList<>(candidates.size());
            for (Car c : candidates) {
                String full = c.fullLimit(set);
                if (full != null) {
                    c.reason = Reason.LIMITED;
                    c.detail = full;
                } else if (c.amps >= c.target - EPS) {
                    if (c.amps >= c.max - EPS) {
                        c.reason = c.drawLimited ? Reason.DRAWS_LESS : Reason.AT_MAXIMUM;
                    }
                } else {
                    still.add(c);
                }
            }
            candidates = still;
        }
    }

    private static List<LimitUsage> usage(LimitSet set, List<Car> cars) {
        // recomputed from the rounded currents, so the figures are what the stations will be told
        double[] used = new double[set.limits.size()];
        for (int l = 0; l < used.length; l++) {
            LimitSet.Limit limit = set.limits.get(l);
            used[l] = limit.preUsed;
        }
        for (Car c : cars) {
            double amps = c.reason == Reason.UNMANAGED ? c.amps : Math.floor(c.amps * 10 + 1e-6) / 10;
            for (int k = 0; k < c.limits.length; k++) {
                used[c.limits[k]] += amps * c.coef[k];
            }
        }
        List<LimitUsage> out = new ArrayList<>(used.length);
        for (int l = 0; l < used.length; l++) {
            LimitSet.Limit limit = set.limits.get(l);
            out.add(new LimitUsage(limit.name, limit.unit, limit.capacity, used[l]));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A session while it is being allocated. */
    private static final class Car {
        final SessionDemand demand;
        final Evse evse;
        final List<Phase> phases = new ArrayList<>();
        final int[] limits;
        final double[] coef;
        final double min;
        final double max;
        final double floor; // min, or the §14a minimum if a reduction applies
        final boolean drawLimited;
        final Double needed;
        double lower;
        double amps;
        double target;
        boolean admitted;
        Reason reason;
        String detail;

        Car(SessionDemand demand, Evse evse, Grid grid, LimitSet set, Instant now) {
            this.demand = demand;
            this.evse = evse;
            int n = demand.phasesUsed() == 0 ? evse.phases() : Math.min(demand.phasesUsed(), evse.phases());
            for (int p = 0; p < n; p++) {
                phases.add(evse.rotation().gridPhase(p));
            }
            List<Integer> idx = new ArrayList<>();
            List<Double> co = new ArrayList<>();
            set.membership(grid.site(evse.siteId()), phases, evse.controllable(), idx, co);
            limits = idx.stream().mapToInt(Integer::intValue).toArray();
            coef = co.stream().mapToDouble(Double::doubleValue).toArray();
            min = ceilTenth(Math.max(SessionDemand.IEC_MIN_AMPS, Math.max(evse.minAmps(), demand.evMinAmps())));
            double ceiling = Math.min(evse.maxAmps(), demand.evMaxAmps());
            double legal = Reduction.MIN_DEVICE_KW / kwPerAmp();
            floor = evse.controllable() && set.reduced(evse.siteId())
                    ? Math.max(min, Math.min(ceilTenth(legal), floorTenth(ceiling))) : min;
            // a car drawing less is offered less, but a §14a device never less than its legal minimum
            drawLimited = demand.drawCapAmps() != null && demand.drawCapAmps() + DRAW_HEADROOM_AMPS < ceiling
                    && demand.drawCapAmps() + DRAW_HEADROOM_AMPS > floor;
            max = drawLimited ? demand.drawCapAmps() + DRAW_HEADROOM_AMPS : ceiling;
            needed = demand.neededAmps(n, now);
        }

        double kwPerAmp() {
            return phases.size() * Phase.NOMINAL_VOLTS / 1000;
        }

        /** How much of its maximum it needs by departure: the more, the more urgent; 0 if unknown. */
        double urgency() {
            return needed == null ? 0 : Math.min(1, needed / max);
        }

        void load(LimitSet set, double a) {
            amps = a;
            for (int k = 0; k < limits.length; k++) {
                LimitSet.Limit l = set.limits.get(limits[k]);
                l.slack -= a * coef[k];
                l.used += a * coef[k];
            }
        }

        /** The first limit {@code a} amperes would exceed, or null. */
        String blocking(LimitSet set, double a, boolean skipReductions) {
            for (int k = 0; k < limits.length; k++) {
                LimitSet.Limit l = set.limits.get(limits[k]);
                if (!(skipReductions && l.reduction) && a * coef[k] > l.slack + EPS) {
                    return l.name;
                }
            }
            return null;
        }

        String fullLimit(LimitSet set) {
            for (int k = 0; k < limits.length; k++) {
                LimitSet.Limit l = set.limits.get(limits[k]);
                if (l.slack <= EPS * Math.max(1, l.capacity)) {
                    return l.name;
                }
            }
            return null;
        }

        private static double ceilTenth(double v) {
            return Math.ceil(v * 10 - 1e-6) / 10;
        }

        private static double floorTenth(double v) {
            return Math.floor(v * 10 + 1e-6) / 10;
        }
    }
}
