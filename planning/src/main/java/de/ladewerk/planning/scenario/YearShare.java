package de.ladewerk.planning.scenario;

/**
 * The EV share of the car fleet (Bestandsquote) in one year.
 *
 * @param year   calendar year
 * @param share  share of cars that are plug-in (BEV + PHEV), 0..1
 * @param source where the figure comes from, or an assumption
 */
public record YearShare(int year, double share, String source) {
}
