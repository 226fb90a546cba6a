package de.ladewerk.planning.model;

/**
 * Energy charged per average day, by where it is charged, in kWh.
 *
 * @param home     private home charge points
 * @param work     workplace charge points (residents and commuters)
 * @param publicAc public AC points
 * @param publicDc public DC points
 */
public record EnergyByLocation(double home, double work, double publicAc, double publicDc) {

    /** All energy charged in the district per day, kWh. */
    public double total() {
        return home + work + publicAc + publicDc;
    }

    /** Energy charged publicly per day, kWh. */
    public double publicTotal() {
        return publicAc + publicDc;
    }
}
