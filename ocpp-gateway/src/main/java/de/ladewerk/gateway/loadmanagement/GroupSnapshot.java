package de.ladewerk.gateway.loadmanagement;

import de.ladewerk.loadmanagement.demand.Reduction;
import de.ladewerk.loadmanagement.demand.SessionDemand;
import de.ladewerk.loadmanagement.grid.Grid;
import java.util.List;
import java.util.Map;

/**
 * Everything one allocation group (a transformer with its sites, or a site without one) needs, read from
 * the database: the grid, the running sessions with what is known of them, the §14a reductions. The
 * {@code fingerprint} changes when anything the allocation depends on changes.
 */
public record GroupSnapshot(String groupId, Grid grid, List<SessionDemand> demands, Map<String, ManagedSession> sessions,
                     List<Reduction> reductions, String fingerprint) {
}
