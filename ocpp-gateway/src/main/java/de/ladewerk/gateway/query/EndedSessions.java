package de.ladewerk.gateway.query;

import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read port for finished sessions (billing and its catch-up). The gateway owns the tables behind it.
 * Blocking (JDBC): call from worker threads.
 */
public interface EndedSessions {

    /** The ended session with this id, as the live hand-over delivers it; empty if it does not exist or has not ended. */
    Optional<SessionEnded> find(SessionId id);

    /**
     * Ids of sessions that ended at or after {@code since}, with an id above {@code after} (a cursor:
     * {@code null} for the first page), in id order, at most {@code limit}.
     */
    List<SessionId> endedSince(Instant since, SessionId after, int limit);
}
