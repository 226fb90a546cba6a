package de.ladewerk.gateway.loadmanagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The allocator's reads and writes of the grid tables. Allocation groups are named {@code T:<transformer>}
 * (a transformer with all its sites) or {@code S:<site>} (a site without transformer): one allocator runs
 * per group, because a transformer's limit spans its sites. Blocking: worker threads only; database
 * failures are unchecked.
 */
public interface GridStore {

    /** Every allocation group that has at least one site. */
    List<String> groups();

    /** The group's grid, running sessions with their latest ISO 15118 needs, reductions not yet over. */
    GroupSnapshot load(String groupId, Instant now);

    /** What each session's station last accepted from the allocator since {@code since} (rebuilt after a failover). */
    Map<String, SentProfile> lastSent(String groupId, Instant since);

    /** Appends allocations to the audit. */
    void record(List<AllocationRecord> rows);

    /** The station rejected a profile: from now on its EVSE counts at its maximum. */
    void markRejected(String stationId, int evseId, String detail, Instant at);
}
