package de.ladewerk.planning.load;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The charging sessions of one site over the simulated days, as parallel arrays (millions of sessions
 * at city scale; objects would cost more than the arithmetic).
 *
 * <p>Times are quarter-hour slots on one timeline whose slot 0 is midnight of a warm-up day before
 * day 0, so that day 0 starts with the cars plugged in overnight.
 */
public final class Sessions {

    /** Longest plug-in time simulated; longer stays are cut (two days). */
    static final int MAX_DWELL_SLOTS = 2 * ArrivalDistribution.SLOTS;

    int count;
    int[] start = new int[1024];
    int[] end = new int[1024];
    double[] kwh = new double[1024];

    /** Draws sessions for days −1 .. days−1, with Poisson counts so sparse sites stay realistic. */
    static Sessions draw(SiteInput site, int days, SplittableRandom random) {
        Sessions s = new Sessions();
        LogNormalTable dwell = LogNormalTable.withMedian(site.dwellMedianHours(), site.dwellSigma());
        LogNormalTable energy = LogNormalTable.withMean(site.energyMeanKwh(), site.energySigma());
        for (int day = -1; day < days; day++) {
            boolean weekend = DayType.of(day) == DayType.WEEKEND;
            double kwh = weekend ? site.weekendKwh() : site.weekdayKwh();
            ArrivalDistribution arrivals = weekend ? site.weekendArrivals() : site.weekdayArrivals();
            long n = poisson(kwh / site.energyMeanKwh(), random);
            int dayStart = (day + 1) * ArrivalDistribution.SLOTS;
            for (long i = 0; i < n; i++) {
                int begin = dayStart + arrivals.sample(random);
                int slots = (int) Math.max(1, Math.min(MAX_DWELL_SLOTS, dwell.sample(random) * 4 + 0.5));
                s.add(begin, begin + slots, energy.sample(random));
            }
        }
        return s;
    }

    /** Sessions on the timeline. */
    public int count() {
        return count;
    }

    /** Slot in which session {@code i} plugs in. */
    public int start(int i) {
        return start[i];
    }

    /** Slot in which session {@code i} unplugs (exclusive). */
    public int end(int i) {
        return end[i];
    }

    /** Energy session {@code i} wants, kWh. */
    public double kwh(int i) {
        return kwh[i];
    }

    private void add(int begin, int stop, double energy) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            kwh = Arrays.copyOf(kwh, count * 2);
        }
        start[count] = begin;
        end[count] = stop;
        kwh[count] = energy;
        count++;
    }

    double demandedKwh() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += kwh[i];
        }
        return sum;
    }

    /** Poisson count; normal approximation above a mean of 50, where it is accurate and O(1). */
    static long poisson(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
