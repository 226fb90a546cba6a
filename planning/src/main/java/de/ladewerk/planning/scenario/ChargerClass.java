package de.ladewerk.planning.scenario;

/**
 * One kind of charge point: its power, how busy it should be and how far a site limit may cut it.
 *
 * @param powerKw         power a car actually draws at this kind of point, kW
 * @param utilisation     target energy utilisation: delivered energy / (power · 24 h), 0..1;
 *                        {@code null} for home charging, which is sized by access, not by use
 * @param siteLimitShare  managed charging: the site limit as a share of the connected power, 0..1
 */
public record ChargerClass(Param powerKw, Param utilisation, Param siteLimitShare) {
}
