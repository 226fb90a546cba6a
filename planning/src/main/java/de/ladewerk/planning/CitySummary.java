package de.ladewerk.planning;

import de.ladewerk.planning.model.PortsNeeded;

/**
 * City-wide totals of a run.
 *
 * @param evShare                EV share used for the planned year
 * @param evs                    EVs based in the city
 * @param bevs                   of which battery-electric
 * @param phevs                  of which plug-in hybrids
 * @param commuterEvs            inbound commuters' EVs on a working day
 * @param energyMwhPerDay        energy charged in the city per average day, MWh
 * @param publicEnergyMwhPerDay  of which at public points, MWh
 * @param ports                  points needed by type (work and public: sized by occupancy and service level)
 * @param portsByEnergyUtilisation the same counted the earlier way, energy / (power · 24 h · target utilisation),
 *                               kept for comparison
 * @param publicKw               power of the needed public points, kW
 * @param afirKw                 AFIR benchmark, kW
 * @param commuterEvShare        EV share of the inbound commuters' cars in the planned year
 * @param evsPerPublicPoint      EVs based in the city per needed public point; {@code null} without public points
 * @param allEvsPerPublicPoint   EVs based in the city plus commuter EVs per needed public point, the ratio the
 *                               points are actually sized for; {@code null} without public points
 * @param pointsAt10To1          public points by the EU's old 10 EVs per point
 * @param pointsAt14To1          public points by NLL's city ratio 14:1
 * @param pointsAt23To1          public points by NLL's suburban/rural ratio 23:1
 * @param installedPublicPoints  installed public points: measured, else the scenario's register figure; {@code null} if unknown
 * @param installedSource        where the installed figure comes from
 * @param gapPublicPoints        needed − installed public points; {@code null} if unknown
 * @param transformers           transformers checked
 * @param overloadedTransformers of which overloaded
 */
public record CitySummary(
        double evShare, double evs, double bevs, double phevs, double commuterEvs,
        double energyMwhPerDay, double publicEnergyMwhPerDay, PortsNeeded ports, PortsNeeded portsByEnergyUtilisation,
        double publicKw, double afirKw, double commuterEvShare, Double evsPerPublicPoint, Double allEvsPerPublicPoint,
        long pointsAt10To1, long pointsAt14To1, long pointsAt23To1,
        Long installedPublicPoints, String installedSource, Long gapPublicPoints,
        long transformers, long overloadedTransformers) {
}
