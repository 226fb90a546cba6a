package de.ladewerk.planning.scenario;

/**
 * One bump of the arrival-time distribution: a normal curve around an hour of the day.
 *
 * <p>A profile is a weighted mixture of such bumps (e.g. a midday and an evening peak), wrapped
 * around midnight.
 *
 * @param hour    hour of day of the peak, 0..24
 * @param sdHours spread (standard deviation) in hours, &gt; 0
 * @param weight  relative weight within the mixture, &gt; 0
 * @param source  where the shape comes from, or an assumption
 */
public record ArrivalPeak(double hour, double sdHours, double weight, String source) {
}
