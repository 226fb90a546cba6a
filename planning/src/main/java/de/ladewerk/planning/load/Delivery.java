package de.ladewerk.planning.load;

/**
 * What a site delivered over the simulated timeline.
 *
 * @param kw          mean power per quarter-hour slot of the timeline, kW
 * @param servedKwh   energy delivered
 * @param unservedKwh energy wanted but not delivered before the cars left
 */
public record Delivery(double[] kw, double servedKwh, double unservedKwh) {
}
