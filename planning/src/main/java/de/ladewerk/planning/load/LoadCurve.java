package de.ladewerk.planning.load;

/**
 * A typical day's load at one location, as percentiles over the simulated days of one day type.
 *
 * <p>Each array has 96 values, one per quarter hour from 00:00; values are mean power in the quarter
 * hour, kW. p90 means: on 90 % of simulated days the load in that quarter hour was at most this.
 *
 * @param location where
 * @param dayType  working day or weekend
 * @param managed  whether the site limit was applied
 * @param mean     mean over days
 * @param p50      median
 * @param p90      90th percentile
 * @param p99      99th percentile
 * @param peakP99Kw the highest p99 value of the day, kW
 */
public record LoadCurve(LocationType location, DayType dayType, boolean managed,
                        double[] mean, double[] p50, double[] p90, double[] p99, double peakP99Kw) {
}
