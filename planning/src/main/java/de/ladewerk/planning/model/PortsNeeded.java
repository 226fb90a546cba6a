package de.ladewerk.planning.model;

/**
 * Charge points (Ladepunkte) needed, by type.
 *
 * @param home     private home points (one per EV with home access)
 * @param work     workplace points
 * @param publicAc public AC points
 * @param publicDc public DC points
 */
public record PortsNeeded(long home, long work, long publicAc, long publicDc) {

    /** Public points of both kinds. */
    public long publicTotal() {
        return publicAc + publicDc;
    }
}
