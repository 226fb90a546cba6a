package de.ladewerk.billing.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions on hold for review. */
public interface HeldSessionRepository {

    /** Holds a session; holding it again keeps the first record. */
    void hold(HeldSession held);

    Optional<HeldSession> bySessionId(String sessionId);

    List<HeldSession> withStatus(HeldSession.Status status);

    /** Records the decision; fails unless the session is currently HELD. */
    HeldSession resolve(String sessionId, HeldSession.Status decision, String operator, String note, Instant at);
}
