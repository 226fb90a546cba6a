package de.ladewerk.billing.rating;

import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.MeterSample;
import java.util.List;

/**
 * The session's energy register as points (epoch millis, Wh since session start), spanning exactly
 * session start to session end. When a signed (calibrated) total is known, the unsigned samples only give
 * the shape: they are scaled so the series ends at the signed total, which is what gets billed.
 */
final class EnergySeries {

    private final long[] times;
    private final long[] energy;
    private final double[] current;

    private EnergySeries(long[] times, long[] energy, double[] current) {
        this.times = times;
        this.energy = energy;
        this.current = current;
    }

    /**
     * @param signedTotalWh energy between the signed begin and end readings, {@code null} if unsigned
     */
    static EnergySeries of(ChargingSession session, Long signedTotalWh) {
        List<MeterSample> samples = session.samples();
        long start = session.start().toEpochMilli();
        long end = session.end().toEpochMilli();
        int n = samples.size() + 2;
        long[] t = new long[n];
        long[] e = new long[n];
        double[] a = new double[n];
        long base = samples.get(0).energyWh();
        t[0] = start;
        a[0] = Double.NaN;
        for (int i = 0; i < samples.size(); i++) {
            MeterSample s = samples.get(i);
            // clamp into the session so nothing is priced outside it
            t[i + 1] = Math.min(Math.max(s.time().toEpochMilli(), start), end);
            e[i + 1] = s.energyWh() - base;
            a[i + 1] = s.currentA() == null ? Double.NaN : s.currentA();
        }
        t[n - 1] = end;
        e[n - 1] = e[n - 2];
        a[n - 1] = Double.NaN;
        if (signedTotalWh != null) {
            scaleTo(e, signedTotalWh, t);
        }
        return new EnergySeries(t, e, a);
    }

    private static void scaleTo(long[] e, long total, long[] t) {
        long sampled = e[e.length - 1];
        if (sampled == 0) {
            // no shape to follow: the signed energy flowed evenly over the session
            long span = Math.max(1, t[t.length - 1] - t[0]);
            for (int i = 0; i < e.length; i++) {
                e[i] = Math.floorDiv(total * (t[i] - t[0]), span);
            }
        } else {
            for (int i = 0; i < e.length; i++) {
                e[i] = Math.floorDiv(e[i] * total, sampled);
            }
        }
        e[e.length - 1] = total;
    }

    int size() {
        return times.length;
    }

    long startMillis() {
        return times[0];
    }

    long time(int i) {
        return times[i];
    }

    long energy(int i) {
        return energy[i];
    }

    /** Current reported at the sample closing interval i, NaN if unknown. */
    double current(int i) {
        return current[i];
    }

    long totalWh() {
        return energy[energy.length - 1];
    }
}
