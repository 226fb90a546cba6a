package de.ladewerk.planning.scenario;

import java.util.List;

/**
 * How sessions at one location type behave over a day: when cars arrive, how long they stay, how much
 * energy they take.
 *
 * @param weekdayArrivals     arrival-time mixture on working days
 * @param weekendArrivals     arrival-time mixture on Saturdays and Sundays
 * @param dwellMedianHours    median time plugged in, hours (log-normal)
 * @param dwellSigma          log-normal spread of the dwell time
 * @param energyPerSessionKwh mean energy wanted per session, kWh (log-normal)
 * @param energySigma         log-normal spread of the energy per session
 * @param weekendEnergyFactor energy on a weekend day relative to a working day at this location
 */
public record LocationProfile(
        List<ArrivalPeak> weekdayArrivals,
        List<ArrivalPeak> weekendArrivals,
        Param dwellMedianHours,
        Param dwellSigma,
        Param energyPerSessionKwh,
        Param energySigma,
        Param weekendEnergyFactor) {
}
