package de.ladewerk.planning.model;

/**
 * How far a district's installed public network is from what the scenario needs.
 * Positive gaps are missing; negative gaps are more than needed.
 *
 * @param installed      the installed public network
 * @param gapAcPorts     needed AC points − installed AC connectors
 * @param gapDcPorts     needed DC points − installed DC connectors
 * @param gapKw          needed public kW − installed public kW
 * @param afirCoverage   installed public kW / AFIR benchmark kW; {@code null} when the benchmark is 0
 */
public record DistrictGap(InstalledCapacity installed, long gapAcPorts, long gapDcPorts, double gapKw,
                          Double afirCoverage) {

    /** The gap of one district's demand to its installed network. */
    public static DistrictGap of(DistrictDemand demand, InstalledCapacity installed) {
        return new DistrictGap(installed,
                demand.ports().publicAc() - installed.acPorts(),
                demand.ports().publicDc() - installed.dcPorts(),
                demand.publicKw() - installed.kw(),
                demand.afirKw() > 0 ? installed.kw() / demand.afirKw() : null);
    }
}
