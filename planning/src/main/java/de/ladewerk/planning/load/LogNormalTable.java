package de.ladewerk.planning.load;

import java.util.SplittableRandom;

/**
 * Log-normal draws from a table of quantiles, several times faster than exp(σ·gauss) per draw; at city
 * scale the simulation draws about a hundred million values.
 *
 * <p>The table holds the distribution at 2,048 equally likely points (tails beyond about ±3.5 σ are
 * cut) and is scaled so its mean is exactly the wanted mean, so energy totals stay unbiased.
 */
final class LogNormalTable {

    private static final int POINTS = 2048;

    private final double[] values = new double[POINTS + 1];

    private LogNormalTable(double scale, double sigma, boolean scaleIsMean) {
        double sum = 0;
        for (int k = 0; k < POINTS; k++) {
            values[k] = Math.exp(sigma * inverseNormal((k + 0.5) / POINTS));
            sum += values[k];
        }
        double factor = scaleIsMean ? scale / (sum / POINTS) : scale;
        for (int k = 0; k < POINTS; k++) {
            values[k] *= factor;
        }
        values[POINTS] = values[POINTS - 1]; // lets interpolation read one past the last point
    }

    /** A log-normal with the given mean (energy per session). */
    static LogNormalTable withMean(double mean, double sigma) {
        return new LogNormalTable(mean, sigma, true);
    }

    /** A log-normal with the given median (dwell time). */
    static LogNormalTable withMedian(double median, double sigma) {
        return new LogNormalTable(median, sigma, false);
    }

    double sample(SplittableRandom random) {
        double x = random.nextDouble() * POINTS - 0.5;
        if (x <= 0) {
            return values[0];
        }
        int k = (int) x;
        double f = x - k;
        return values[k] + f * (values[k + 1] - values[k]);
    }

    /** Standard normal quantile (P. J. Acklam's rational approximation, relative error below 1.2e-9). */
    static double inverseNormal(double p) {
        double plow = 0.02425;
        if (p < plow) {
            double q = Math.sqrt(-2 * Math.log(p));
            return tail(q);
        }
        if (p > 1 - plow) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -tail(q);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }

    private static double tail(double q) {
        return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
    }
}
