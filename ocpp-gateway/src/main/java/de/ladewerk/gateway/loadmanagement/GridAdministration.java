package de.ladewerk.gateway.loadmanagement;

import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Phase;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The operator's and the grid operator's side of load management, for the API: transformers, sites,
 * EVSE assignment, pushed base-load values, §14a reductions; and what the allocator last did per site.
 * Input is checked with the model's own rules (a bad value is an {@link IllegalArgumentException} naming
 * it, and nothing is written). Blocking: worker threads only. The allocator picks changes up on its next
 * round.
 */
public interface GridAdministration {

    /** Creates or replaces a transformer. */
    void putTransformer(Transformer t, String name);

    /** Creates or replaces a site's limits and fixed base load (a schedule or live value stays). */
    void putSite(Site s, String name, double fixedBaseLoadKw);

    /** Deletes a site and its EVSE assignments; true if it existed. */
    boolean deleteSite(String siteId);

    /**
     * Puts an EVSE on a site (or moves it), with its wiring, limits, §14a status and priority group; clears
     * a non-compliant mark (the operator says the station is fixed).
     */
    void assign(String stationId, int evseId, Evse e, int priority);

    /** Takes an EVSE off its site; true if it was on one. */
    boolean unassign(String stationId, int evseId);

    /** A base-load value measured at {@code at}; false if the site does not exist. */
    boolean pushBaseLoad(String siteId, double kw, Instant at);

    /** Records a §14a reduction of the grid operator; returns its id. Unknown sites are refused. */
    long reduce(Set<String> siteIds, double powerKw, Instant from, Instant until, String requestedBy, String reference);

    /** Revokes a reduction still in force or to come; false if there is none such. */
    boolean revoke(long reductionId, String revokedBy, Instant at);

    /** Each running session's latest allocation on a site. */
    /** Every transformer, by id. */
    List<TransformerView> transformers();

    /**
     * Every site with its limits, its base load as it holds at {@code now} (a live value younger than its
     * maximum age, else the fixed value) and the power the allocator last gave its running sessions.
     */
    List<SiteView> sites(Instant now);

    /** The EVSEs on a site, by station and EVSE id. */
    List<EvseView> evses(String siteId);

    /** The §14a reductions naming a site (null: any) that are in force at {@code now} or still to come. */
    List<ReductionView> reductions(String siteId, Instant now);

    /** A transformer as the API shows it. */
    record TransformerView(String id, String name, double limitKw, Double limitAmpsPerPhase) {
    }

    /**
     * A site as the API shows it: {@code baseLoadKw} is the base load in force, {@code allocatedKw} what its
     * running sessions were last allocated (nominal 230 V).
     */
    record SiteView(String id, String name, String transformerId, double limitKw, double limitAmpsPerPhase,
                    double fixedBaseLoadKw, Double liveBaseLoadKw, Instant liveBaseLoadAt, double baseLoadKw,
                    int evses, double allocatedKw) {
    }

    /** An EVSE on a site as the API shows it; {@code rejectedDetail} is the station's answer when it refused a profile. */
    record EvseView(String stationId, int evseId, String phaseRotation, int phases, double minAmps, double maxAmps,
                    boolean controllable, int priority, boolean compliant, String rejectedDetail) {
    }

    /** A §14a reduction as the API shows it; {@code active}: in force now (else still to come). */
    record ReductionView(long id, List<String> siteIds, double powerKw, Instant from, Instant until, boolean active,
                         String requestedBy, String reference) {
    }

    List<SiteAllocation> allocations(String siteId);

    /** A session's current allocation, as the dashboard shows it. */
    record SiteAllocation(String stationId, int evseId, long sessionId, double amps, int phases, String reason,
                          String detail, Instant at) {

        public double kw() {
            return amps * phases * Phase.NOMINAL_VOLTS / 1000;
        }
    }
}
