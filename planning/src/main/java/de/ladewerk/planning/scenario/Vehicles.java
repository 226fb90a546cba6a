package de.ladewerk.planning.scenario;

/**
 * Who drives what, and how far: the city-wide vehicle figures.
 *
 * @param carsPerThousandResidents registered passenger cars per 1,000 residents (Pkw-Dichte)
 * @param externalShare            share of registered cars not based in the city, 0..1 (company and
 *                                 leasing fleets registered in Wolfsburg but driven elsewhere)
 * @param evShare                  EV share of the fleet over the years
 * @param bevShare                 battery-electric share of plug-in cars, 0..1 (rest is PHEV)
 * @param phevElectricShare        share of a PHEV's kilometres driven on electricity, 0..1
 * @param kmPerDay                 average kilometres per car and day
 * @param kwhPerKm                 consumption including charging losses, kWh per km
 */
public record Vehicles(
        Param carsPerThousandResidents,
        Param externalShare,
        ShareTrajectory evShare,
        Param bevShare,
        Param phevElectricShare,
        Param kmPerDay,
        Param kwhPerKm) {
}
