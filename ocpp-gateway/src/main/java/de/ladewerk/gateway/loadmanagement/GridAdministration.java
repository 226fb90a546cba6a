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
    List<SiteAllocation> allocations(String siteId);

    /** A session's current allocation, as the dashboard shows it. */
    record SiteAllocation(String stationId, int evseId, long sessionId, double amps, int phases, String reason,
                          String detail, Instant at) {

        public double kw() {
            return amps * phases * Phase.NOMINAL_VOLTS / 1000;
        }
    }
}
