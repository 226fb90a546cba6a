package de.ladewerk.planning.load;

import java.util.List;

/**
 * Simulated load of one location type in one district (or the whole city).
 *
 * @param district    district name, or {@link LoadSimulator#CITY} for the sum of all districts
 * @param location    where
 * @param siteLimitKw managed charging limit, kW
 * @param demandedKwh energy the simulated sessions wanted over all simulated days, kWh
 * @param unmanaged   cars charge at full power on arrival
 * @param managed     the site limit is applied
 */
public record SiteLoad(String district, LocationType location, double siteLimitKw, double demandedKwh,
                       Outcome unmanaged, Outcome managed) {

    /**
     * @param servedKwh   energy delivered, kWh
     * @param unservedKwh energy not delivered before the cars left, kWh
     * @param curves      weekday and weekend percentile curves
     */
    public record Outcome(double servedKwh, double unservedKwh, List<LoadCurve> curves) {
    }
}
