package de.ladewerk.planning.scenario;

/**
 * The stochastic load simulation: how many days, which seed, and a profile per location type.
 *
 * @param days     simulated consecutive days (weekdays and weekends in calendar order)
 * @param seed     random seed; the same seed gives the same curves
 * @param home     home charging
 * @param work     workplace charging
 * @param publicAc public AC charging
 * @param publicDc public DC charging
 */
public record LoadSettings(
        int days,
        long seed,
        LocationProfile home,
        LocationProfile work,
        LocationProfile publicAc,
        LocationProfile publicDc) {
}
