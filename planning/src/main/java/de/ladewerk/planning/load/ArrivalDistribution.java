package de.ladewerk.planning.load;

import de.ladewerk.planning.scenario.ArrivalPeak;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When sessions start, as probabilities over the 96 quarter hours of a day.
 *
 * <p>Built either from the scenario's normal-curve peaks (wrapped around midnight) or from measured
 * session starts per hour.
 */
public final class ArrivalDistribution {

    /** Quarter hours per day. */
    public static final int SLOTS = 96;

    private static final int GUIDE = 512;

    private final double[] cumulative = new double[SLOTS];
    // guide[j] = first slot whose cumulative probability reaches j / GUIDE: O(1) sampling
    private final int[] guide = new int[GUIDE];

    private ArrivalDistribution(double[] weights) {
        double sum = Arrays.stream(weights).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("an arrival distribution needs some positive weight");
        }
        double running = 0;
        for (int i = 0; i < SLOTS; i++) {
            running += weights[i] / sum;
            cumulative[i] = running;
        }
        cumulative[SLOTS - 1] = 1.0;
        int slot = 0;
        for (int j = 0; j < GUIDE; j++) {
            while (cumulative[slot] < (double) j / GUIDE) {
                slot++;
            }
            guide[j] = slot;
        }
    }

    /** A mixture of normal curves around the peaks' hours, wrapped so 23:00 and 01:00 are neighbours. */
    public static ArrivalDistribution fromPeaks(List<ArrivalPeak> peaks) {
        double[] weights = new double[SLOTS];
        for (ArrivalPeak p : peaks) {
            for (int slot = 0; slot < SLOTS; slot++) {
                double hour = (slot + 0.5) / 4.0;
                for (int wrap = -1; wrap <= 1; wrap++) {
                    double z = (hour + 24 * wrap - p.hour()) / p.sdHours();
                    weights[slot] += p.weight() * Math.exp(-0.5 * z * z) / p.sdHours();
                }
            }
        }
        return new ArrivalDistribution(weights);
    }

    /** From session starts counted per hour (24 values), spread evenly over each hour's quarters. */
    public static ArrivalDistribution fromHourlyCounts(double[] perHour) {
        if (perHour.length != 24) {
            throw new IllegalArgumentException("need 24 hourly values, got " + perHour.length);
        }
        double[] weights = new double[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            weights[slot] = perHour[slot / 4];
        }
        return new ArrivalDistribution(weights);
    }

    /** Probability that a session starts in the given quarter hour. */
    public double probability(int slot) {
        return slot == 0 ? cumulative[0] : cumulative[slot] - cumulative[slot - 1];
    }

    /** A random quarter hour of the day, 0..95. */
    public int sample(SplittableRandom random) {
        double u = random.nextDouble();
        int slot = guide[(int) (u * GUIDE)];
        while (cumulative[slot] < u) {
            slot++;
        }
        return slot;
    }
}
