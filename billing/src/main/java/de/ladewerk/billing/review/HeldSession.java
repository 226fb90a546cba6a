package de.ladewerk.billing.review;

import de.ladewerk.billing.session.ChargingSession;
import java.time.Instant;
import java.util.List;

/**
 * A session billing refused to bill automatically, with the reasons, until an operator decides.
 *
 * @param resolvedBy operator who released or rejected it, {@code null} while held
 */
public record HeldSession(ChargingSession session, Instant heldAt, List<String> reasons, Status status,
                          Instant resolvedAt, String resolvedBy, String resolutionNote) {

    public HeldSession {
        reasons = List.copyOf(reasons);
    }

    public String sessionId() {
        return session.sessionId();
    }

    public enum Status {
        /** Waiting for review. */
        HELD,
        /** An operator decided to bill it after all. */
        RELEASED,
        /** An operator decided it must not be billed. */
        REJECTED
    }
}
