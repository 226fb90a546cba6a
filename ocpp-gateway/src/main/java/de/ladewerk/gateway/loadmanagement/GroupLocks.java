package de.ladewerk.gateway.loadmanagement;

import java.util.Set;

/**
 * Cluster-wide ownership of allocation groups: the node holding a group's lock allocates it; a node that
 * dies loses its locks. Blocking: worker threads only; database failures are unchecked.
 */
public interface GroupLocks extends AutoCloseable {

    /** Whether this node holds (or now took) the group's lock. */
    boolean tryHold(String groupId);

    /** Lets go of a group (e.g. its sites were deleted). */
    void release(String groupId);

    /** The groups held now. */
    Set<String> held();

    /** Releases every lock; afterwards nothing is held or taken. */
    @Override
    void close();
}
