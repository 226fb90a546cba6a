package de.ladewerk.planning.scenario;

/**
 * Low-voltage grid figures for the transformer check (Ortsnetzstation).
 *
 * @param householdPeakKw   after-diversity peak load per household without EV, kW
 * @param evAfterDiversityKw after-diversity peak added per home-charging EV (unmanaged), kW
 * @param cosPhi            power factor used to turn kVA ratings into kW
 */
public record Grid(Param householdPeakKw, Param evAfterDiversityKw, Param cosPhi) {
}
