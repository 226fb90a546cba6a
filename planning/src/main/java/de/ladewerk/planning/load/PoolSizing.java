package de.ladewerk.planning.load;

import de.ladewerk.planning.sizing.ErlangB;
import de.ladewerk.planning.sizing.SiteSizing;

/**
 * Sizes one site's pool of points by occupancy and service level, and checks the size by replaying
 * the same sessions against that many points.
 *
 * <ol>
 *   <li>Count the cars plugged in per quarter hour as if a point were always free (arrivals × dwell).</li>
 *   <li>The offered load A is the mean of that count at the busiest quarter hour of the typical working
 *       day or weekend day (whichever is higher).</li>
 *   <li>First estimate: the fewest points c with Erlang B(c, A) ≤ service level.</li>
 *   <li>Check: replay the sessions in time order against c points; a car that finds all taken is turned
 *       away (it does not wait). Where the share turned away in the peak hour of the working day or of the
 *       weekend day exceeds the service level (Erlang B assumes steady arrivals, which a morning rush at
 *       work is not), c is raised to the fewest points that meet it (binary search up to the most cars
 *       ever plugged in at once, which turns nobody away).</li>
 * </ol>
 */
final class PoolSizing {

    private static final int SLOTS = ArrivalDistribution.SLOTS;
    /** The peak hour: the busiest quarter hour ± 2 slots. */
    private static final int HALF_PEAK_WINDOW = 2;

    private PoolSizing() {
    }

    static SiteSizing size(String district, LocationType location, Sessions s, int[] plugged, int days,
                           double powerKw, double serviceLevel, long pointsByEnergyUtilisation) {
        Peak peak = Peak.of(plugged, days, null);
        Peak weekday = Peak.of(plugged, days, DayType.WEEKDAY);
        Peak weekend = Peak.of(plugged, days, DayType.WEEKEND);
        int erlang = ErlangB.pointsFor(peak.meanEvs(), serviceLevel);
        // the check: raise the count until the simulated peak hours of both typical days meet the level
        int low = erlang;
        int high = Math.max(erlang, peak.maxEvs());
        Replay best = replay(s, high, days, powerKw, weekday, weekend);
        while (low < high) {
            int mid = (low + high) >>> 1;
            Replay r = replay(s, mid, days, powerKw, weekday, weekend);
            if (r.meets(serviceLevel)) {
                high = mid;
                best = r;
            } else {
                low = mid + 1;
            }
        }
        int points = high;
        Replay r = best.points == points ? best : replay(s, points, days, powerKw, weekday, weekend);
        double pointHours = (double) points * days * 24;
        return new SiteSizing(district, location.name(), serviceLevel, peak.meanEvs(), peak.label(), peak.maxEvs(),
                erlang, points, pointsByEnergyUtilisation, ErlangB.blocking(erlang, peak.meanEvs()),
                share(r.weekdayBlocked, r.weekdayArrivals), share(r.weekendBlocked, r.weekendArrivals),
                share(r.blocked, r.arrivals),
                pointHours > 0 ? r.occupiedHours / pointHours : 0,
                pointHours > 0 ? r.deliveredKwh / (pointHours * powerKw) : 0, r.arrivals);
    }

    /**
     * The busiest quarter hour of the typical working day or weekend day.
     *
     * @param meanEvs mean cars plugged in then (the offered load, Erlang)
     * @param type    which typical day
     * @param slot    quarter hour of the day, 0..95
     * @param maxEvs  the most cars plugged in at once in any simulated quarter hour
     */
    record Peak(double meanEvs, DayType type, int slot, int maxEvs) {

        /** The peak of one typical day, or of the busier of the two when {@code only} is {@code null}. */
        static Peak of(int[] plugged, int days, DayType only) {
            Peak best = new Peak(0, only == null ? DayType.WEEKDAY : only, 0, 0);
            int max = 0;
            for (DayType type : DayType.values()) {
                if (only != null && type != only) {
                    continue;
                }
                double[] sum = new double[SLOTS];
                int n = 0;
                for (int day = 0; day < days; day++) {
                    if (DayType.of(day) != type) {
                        continue;
                    }
                    n++;
                    for (int slot = 0; slot < SLOTS; slot++) {
                        int count = plugged[(day + 1) * SLOTS + slot];
                        sum[slot] += count;
                        max = Math.max(max, count);
                    }
                }
                for (int slot = 0; n > 0 && slot < SLOTS; slot++) {
                    if (sum[slot] / n > best.meanEvs()) {
                        best = new Peak(sum[slot] / n, type, slot, 0);
                    }
                }
            }
            return new Peak(best.meanEvs(), best.type(), best.slot(), max);
        }

        /** e.g. {@code weekday 19:15}. */
        String label() {
            return (type == DayType.WEEKDAY ? "weekday " : "weekend ")
                    + String.format(java.util.Locale.ROOT, "%02d:%02d", slot / 4, (slot % 4) * 15);
        }
    }

    /** Cars plugged in per slot of the timeline, with no limit on points. */
    static int[] pluggedIn(Sessions s, int days) {
        int[] delta = new int[PowerDispatch.timelineSlots(days) + 1];
        for (int i = 0; i < s.count; i++) {
            delta[s.start[i]]++;
            delta[s.end[i]]--;
        }
        int[] count = new int[delta.length - 1];
        int running = 0;
        for (int t = 0; t < count.length; t++) {
            running += delta[t];
            count[t] = running;
        }
        return count;
    }

    private static final class Replay {
        int points;
        long arrivals;
        long blocked;
        long weekdayArrivals;
        long weekdayBlocked;
        long weekendArrivals;
        long weekendBlocked;
        double occupiedHours;
        double deliveredKwh;

        boolean meets(double serviceLevel) {
            return share(weekdayBlocked, weekdayArrivals) <= serviceLevel
                    && share(weekendBlocked, weekendArrivals) <= serviceLevel;
        }
    }

    private static boolean inPeakHour(int day, int slot, Peak peak) {
        return DayType.of(day) == peak.type() && Math.abs(slot - peak.slot()) <= HALF_PEAK_WINDOW;
    }

    /** Cars in time order take a free point or are turned away; statistics count days 0 .. days−1. */
    private static Replay replay(Sessions s, int points, int days, double powerKw, Peak weekday, Peak weekend) {
        Replay r = new Replay();
        r.points = points;
        int[] order = PowerDispatch.byStart(s);
        IntMinHeap busyUntil = new IntMinHeap(Math.max(1, points));
        int first = SLOTS;
        int last = (days + 1) * SLOTS;
        for (int i : order) {
            int start = s.start[i];
            while (busyUntil.size() > 0 && busyUntil.peek() <= start) {
                busyUntil.poll();
            }
            boolean counted = start >= first && start < last;
            int day = start / SLOTS - 1;
            int slot = start % SLOTS;
            boolean free = busyUntil.size() < points;
            int turnedAway = free ? 0 : 1;
            if (counted) {
                r.arrivals++;
                r.blocked += turnedAway;
                if (inPeakHour(day, slot, weekday)) {
                    r.weekdayArrivals++;
                    r.weekdayBlocked += turnedAway;
                } else if (inPeakHour(day, slot, weekend)) {
                    r.weekendArrivals++;
                    r.weekendBlocked += turnedAway;
                }
            }
            if (!free) {
                continue;
            }
            busyUntil.add(s.end[i]);
            int from = Math.max(start, first);
            int to = Math.min(s.end[i], last);
            if (to > from) {
                r.occupiedHours += (to - from) * 0.25;
            }
            if (counted) {
                r.deliveredKwh += Math.min(s.kwh[i], powerKw * (s.end[i] - start) * 0.25);
            }
        }
        return r;
    }

    private static double share(long part, long whole) {
        return whole > 0 ? (double) part / whole : 0;
    }

    /** A binary min-heap of ints (end slots of busy points); no boxing for millions of sessions. */
    private static final class IntMinHeap {
        private int[] heap;
        private int size;

        IntMinHeap(int capacity) {
            heap = new int[capacity];
        }

        int size() {
            return size;
        }

        int peek() {
            return heap[0];
        }

        void add(int v) {
            if (size == heap.length) {
                heap = java.util.Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            heap[i] = v;
            while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        int poll() {
            int top = heap[0];
            heap[0] = heap[--size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int m = l + 1 < size && heap[l + 1] < heap[l] ? l + 1 : l;
                if (l >= size || heap[i] <= heap[m]) {
                    return top;
                }
                swap(i, m);
                i = m;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }
}
