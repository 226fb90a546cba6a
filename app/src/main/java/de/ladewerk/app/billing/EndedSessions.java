package de.ladewerk.app.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads finished sessions from the gateway's storage for billing. Blocking (JDBC). */
public interface EndedSessions {

    /** The ended session with this id; empty if it does not exist or has not ended. */
    Optional<EndedSession> find(String sessionId);

    /** Ids of sessions ended since {@code since} that have neither a CDR nor a hold, oldest end first. */
    List<String> unbilledEndedSince(Instant since, int limit);
}
