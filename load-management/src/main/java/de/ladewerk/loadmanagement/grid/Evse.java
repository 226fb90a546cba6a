package de.ladewerk.loadmanagement.grid;

/**
 * A charging point on a site.
 *
 * @param phases        phases wired to it (1 or 3)
 * @param minAmps       the least current per phase it can set without stopping (the station's minimum;
 *                      cars need at least 6 A anyway)
 * @param maxAmps       its rated current per phase
 * @param controllable  a controllable device under §14a EnWG (a grid operator's reduction applies to it,
 *                      but never below 4.2 kW)
 * @param compliant     false when the station rejects charging profiles: it is counted at its maximum
 */
public record Evse(String id, String siteId, PhaseRotation rotation, int phases, double minAmps, double maxAmps,
                   boolean controllable, boolean compliant) {

    public Evse {
        Limits.id("an EVSE", id);
        Limits.id("EVSE " + id + "'s site", siteId);
        rotation = rotation == null ? PhaseRotation.RST : rotation;
        if (phases != 1 && phases != 3) {
            throw new IllegalArgumentException("EVSE " + id + " is wired to 1 or 3 phases, not " + phases);
        }
        if (!(minAmps >= 0) || Double.isInfinite(minAmps)) {
            throw new IllegalArgumentException("EVSE " + id + "'s minimum current must be >= 0 A: " + minAmps);
        }
        Limits.positive("EVSE " + id + "'s maximum current", maxAmps);
        if (minAmps > maxAmps) {
            throw new IllegalArgumentException("EVSE " + id + "'s minimum " + minAmps + " A is above its maximum " + maxAmps + " A");
        }
    }

    /** A managed 3-phase EVSE with the standard wiring and a 6 A minimum. */
    public static Evse threePhase(String id, String siteId, double maxAmps) {
        return new Evse(id, siteId, PhaseRotation.RST, 3, 6, maxAmps, false, true);
    }

    public Evse withRotation(PhaseRotation r) {
        return new Evse(id, siteId, r, phases, minAmps, maxAmps, controllable, compliant);
    }

    public Evse withControllable(boolean c) {
        return new Evse(id, siteId, rotation, phases, minAmps, maxAmps, c, compliant);
    }

    public Evse withCompliant(boolean c) {
        return new Evse(id, siteId, rotation, phases, minAmps, maxAmps, controllable, c);
    }
}
