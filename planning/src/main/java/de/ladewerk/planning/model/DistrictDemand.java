package de.ladewerk.planning.model;

import java.util.List;

/**
 * What one district needs in the planned year.
 *
 * @param district               district name
 * @param vehicles               cars and EVs
 * @param energyKwhPerDay        energy per average day by location, kWh
 * @param ports                  charge points needed by type
 * @param publicKw               power of the public points needed, kW
 * @param afirKw                 AFIR benchmark for the district's EVs, kW
 * @param evsPerPublicPoint      EVs per needed public point; {@code null} when no public point is needed
 * @param transformers           peak check per transformer group
 * @param overloadedTransformers transformers whose peak exceeds their capacity
 */
public record DistrictDemand(
        String district,
        VehicleCount vehicles,
        EnergyByLocation energyKwhPerDay,
        PortsNeeded ports,
        double publicKw,
        double afirKw,
        Double evsPerPublicPoint,
        List<TransformerLoad> transformers,
        long overloadedTransformers) {

    /** Transformers checked in this district. */
    public long transformerCount() {
        return transformers.stream().mapToLong(TransformerLoad::count).sum();
    }
}
