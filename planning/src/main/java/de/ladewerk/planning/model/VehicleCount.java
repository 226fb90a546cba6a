package de.ladewerk.planning.model;

/**
 * Cars of one district in the planned year.
 *
 * @param registered  registered passenger cars (Zulassungen)
 * @param based       registered cars actually based in the city (registered · (1 − external share))
 * @param evs         plug-in cars among those based here
 * @param bevs        battery-electric cars
 * @param phevs       plug-in hybrids
 * @param commuterEvs inbound commuters' EVs that park in this district on a working day
 */
public record VehicleCount(double registered, double based, double evs, double bevs, double phevs,
                           double commuterEvs) {
}
