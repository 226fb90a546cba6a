package de.ladewerk.planning.load;

import de.ladewerk.loadmanagement.allocation.Allocation;
import de.ladewerk.loadmanagement.allocation.AllocationResult;
import de.ladewerk.loadmanagement.allocation.Allocator;
import de.ladewerk.loadmanagement.demand.SessionDemand;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.Phase;
import de.ladewerk.loadmanagement.grid.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Managed charging as operations does it: each quarter-hour in which the cars plugged in want more than
 * the site's limit, the live {@link Allocator} shares the limit (every car at least 6 A or waiting,
 * max-min fair per phase, the earliest arrivals admitted first), so a planner sees the peak and the unserved
 * energy that operations would produce. Cars are 3-phase at {@code powerKw} (1-phase below 4.14 kW, the
 * 3-phase minimum). Slots below the limit need no allocation: every car draws what it wants.
 */
final class AllocatorDispatch {

    private static final double SLOT_HOURS = 0.25;
    private static final Instant EPOCH = Instant.EPOCH;

    private AllocatorDispatch() {
    }

    /** Same contract as {@link PowerDispatch#managed(Sessions, double, double, int, Delivery)}. */
    static Delivery managed(Sessions s, double powerKw, double limitKw, int days, Delivery unmanaged) {
        if (unmanaged != null && PowerDispatch.peak(unmanaged.kw()) <= limitKw) {
            return unmanaged;
        }
        int phases = powerKw * 1000 >= 3 * Phase.NOMINAL_VOLTS * SessionDemand.IEC_MIN_AMPS ? 3 : 1;
        double kwPerAmp = phases * Phase.NOMINAL_VOLTS / 1000;
        double maxAmps = powerKw / kwPerAmp;
        Site site = new Site("site", null, Math.max(1e-3, limitKw), 1e9, BaseLoad.NONE);
        Allocator allocator = new Allocator();
        int slots = PowerDispatch.timelineSlots(days);
        double[] kw = new double[slots];
        Integer[] order = new Integer[s.count];
        for (int i = 0; i < s.count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(s.start[a], s.start[b]));
        double[] remaining = Arrays.copyOf(s.kwh, s.count);
        List<Integer> active = new ArrayList<>();
        int next = 0;
        double served = 0;
        double unserved = 0;
        for (int t = 0; t < slots; t++) {
            while (next < order.length && s.start[order[next]] == t) {
                active.add(order[next++]);
            }
            double wanted = 0;
            for (int i : active) {
                wanted += Math.min(powerKw, remaining[i] / SLOT_HOURS);
            }
            double[] slotKw = new double[active.size()];
            if (wanted <= limitKw) {
                for (int a = 0; a < active.size(); a++) {
                    slotKw[a] = Math.min(powerKw, remaining[active.get(a)] / SLOT_HOURS);
                }
            } else {
                allocate(allocator, site, active, remaining, s, t, maxAmps, phases, kwPerAmp, slotKw);
            }
            double slotKwh = 0;
            List<Integer> kept = new ArrayList<>(active.size());
            for (int a = 0; a < active.size(); a++) {
                int i = active.get(a);
                double e = Math.min(slotKw[a] * SLOT_HOURS, remaining[i]);
                remaining[i] -= e;
                slotKwh += e;
                if (s.end[i] > t + 1 && remaining[i] > 1e-12) {
                    kept.add(i);
                } else {
                    unserved += Math.max(0, remaining[i]);
                }
            }
            active = kept;
            kw[t] = slotKwh / SLOT_HOURS;
            served += slotKwh;
        }
        return new Delivery(kw, served, unserved);
    }

    private static void allocate(Allocator allocator, Site site, List<Integer> active, double[] remaining, Sessions s,
                                 int slot, double maxAmps, int phases, double kwPerAmp, double[] slotKw) {
        List<Evse> evses = new ArrayList<>(active.size());
        List<SessionDemand> demands = new ArrayList<>(active.size());
        for (int i : active) {
            String id = Integer.toString(i);
            evses.add(new Evse(id, "site", null, phases, Math.min(SessionDemand.IEC_MIN_AMPS, maxAmps), maxAmps, false, true));
            // a car nearly full still asks for its minimum: it takes the rest of its energy at that rate
            double wantsAmps = Math.max(SessionDemand.IEC_MIN_AMPS, remaining[i] / SLOT_HOURS / kwPerAmp);
            demands.add(SessionDemand.plain(id, id, EPOCH.plusSeconds(s.start[i] * 900L + i % 900))
                    .withCurrents(0, Math.min(maxAmps, wantsAmps)));
        }
        AllocationResult r = allocator.allocate(Grid.of(site, evses), demands, List.of(), EPOCH.plusSeconds(slot * 900L));
        List<Allocation> allocations = r.allocations();
        for (int a = 0; a < allocations.size(); a++) {
            slotKw[a] = allocations.get(a).kw();
        }
    }
}
