package de.ladewerk.planning.measured;

import de.ladewerk.planning.model.InstalledCapacity;

/**
 * Today's public network in one district and how it is used: the baseline a scenario is compared with.
 * Use figures are {@code null} when no sessions were measured for that current type.
 *
 * @param district              district name
 * @param installed             installed public connectors and power
 * @param energyKwhPerDay       measured public energy per day (AC + DC), kWh
 * @param utilisationAc         measured AC energy utilisation: energy / (installed AC kW · 24 h)
 * @param utilisationDc         the same for DC
 * @param sessionsPerPortPerDayAc measured AC sessions per connector and day
 * @param sessionsPerPortPerDayDc measured DC sessions per connector and day
 * @param peakPowerKw           highest measured 15-minute power, AC and DC summed, kW
 */
public record DistrictBaseline(String district, InstalledCapacity installed, double energyKwhPerDay,
                               Double utilisationAc, Double utilisationDc,
                               Double sessionsPerPortPerDayAc, Double sessionsPerPortPerDayDc,
                               double peakPowerKw) {
}
