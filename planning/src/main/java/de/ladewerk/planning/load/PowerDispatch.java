package de.ladewerk.planning.load;

import java.util.Arrays;

/**
 * Turns sessions into power over time: unmanaged (every car at full power from arrival) or managed
 * (the site's total held at its limit by sharing it among the cars plugged in).
 */
final class PowerDispatch {

    private static final double SLOT_HOURS = 0.25;

    private PowerDispatch() {
    }

    static int timelineSlots(int days) {
        return (days + 1) * ArrivalDistribution.SLOTS + Sessions.MAX_DWELL_SLOTS;
    }

    /** Every car draws full power from arrival until full or gone. */
    static Delivery unmanaged(Sessions s, double powerKw, int days) {
        double[] kw = new double[timelineSlots(days)];
        double perSlot = powerKw * SLOT_HOURS;
        double served = 0;
        double unserved = 0;
        for (int i = 0; i < s.count; i++) {
            double remaining = s.kwh[i];
            for (int t = s.start[i]; t < s.end[i] && remaining > 0; t++) {
                double e = Math.min(perSlot, remaining);
                kw[t] += e / SLOT_HOURS;
                remaining -= e;
                served += e;
            }
            unserved += remaining;
        }
        return new Delivery(kw, served, unserved);
    }

    /**
     * Cars share the site limit in proportion to what each could draw; a car never gets more than its
     * own power. What a car still wants when it leaves is reported as unserved.
     */
    static Delivery managed(Sessions s, double powerKw, double limitKw, int days) {
        return managed(s, powerKw, limitKw, days, null);
    }

    /**
     * As {@link #managed(Sessions, double, double, int)}, reusing the unmanaged result when it never
     * reaches the limit: then sharing never cuts anyone and both dispatches are the same.
     */
    static Delivery managed(Sessions s, double powerKw, double limitKw, int days, Delivery unmanaged) {
        if (unmanaged != null && peak(unmanaged.kw()) <= limitKw) {
            return unmanaged;
        }
        int slots = timelineSlots(days);
        double[] kw = new double[slots];
        int[] order = byStart(s);
        double[] remaining = Arrays.copyOf(s.kwh, s.count);
        int[] active = new int[Math.max(16, s.count)];
        int activeCount = 0;
        int next = 0;
        double served = 0;
        double unserved = 0;
        double perSlot = powerKw * SLOT_HOURS;
        double limitPerSlot = Math.max(0, limitKw) * SLOT_HOURS;
        for (int t = 0; t < slots; t++) {
            while (next < order.length && s.start[order[next]] == t) {
                active[activeCount++] = order[next++];
            }
            double wanted = 0;
            for (int a = 0; a < activeCount; a++) {
                wanted += Math.min(perSlot, remaining[active[a]]);
            }
            double factor = wanted > limitPerSlot ? limitPerSlot / wanted : 1.0;
            double slotKwh = 0;
            int kept = 0;
            for (int a = 0; a < activeCount; a++) {
                int i = active[a];
                double e = Math.min(perSlot, remaining[i]) * factor;
                remaining[i] -= e;
                slotKwh += e;
                if (s.end[i] > t + 1 && remaining[i] > 1e-12) {
                    active[kept++] = i;
                } else {
                    unserved += Math.max(0, remaining[i]);
                }
            }
            activeCount = kept;
            kw[t] = slotKwh / SLOT_HOURS;
            served += slotKwh;
        }
        return new Delivery(kw, served, unserved);
    }

    static double peak(double[] kw) {
        double max = 0;
        for (double v : kw) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Session indexes ordered by start slot: a counting sort, as starts are small integers. */
    static int[] byStart(Sessions s) {
        int slots = 0;
        for (int i = 0; i < s.count; i++) {
            slots = Math.max(slots, s.start[i] + 1);
        }
        int[] firstOfSlot = new int[slots + 1];
        for (int i = 0; i < s.count; i++) {
            firstOfSlot[s.start[i] + 1]++;
        }
        for (int t = 0; t < slots; t++) {
            firstOfSlot[t + 1] += firstOfSlot[t];
        }
        int[] order = new int[s.count];
        for (int i = 0; i < s.count; i++) {
            order[firstOfSlot[s.start[i]]++] = i;
        }
        return order;
    }
}
