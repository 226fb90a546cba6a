package de.ladewerk.gateway.dataquality;

import java.util.Objects;

/**
 * Data Ladewerk did not store as sent, and why: impossible values are rejected or corrected, never
 * silently. Recorded in {@code ocpp.data_rejections}.
 *
 * @param received what the station sent, readable
 * @param stored   what was stored instead when corrected, {@code null} when rejected
 */
public record Rejection(Kind kind, Action action, String received, String stored, String reason) {

    /** What was wrong. */
    public enum Kind {
        NEGATIVE_ENERGY, ENERGY_BACKWARDS, FUTURE_TIMESTAMP, PAST_TIMESTAMP, STOP_BEFORE_START, UNKNOWN_TRANSACTION,
        NOT_A_NUMBER, IMPLAUSIBLE_MAGNITUDE,
        /** A 2.0.1 StatusNotification for evseId or connectorId 0, which name no connector (TC_A_01). */
        NO_SUCH_CONNECTOR
    }

    /** Whether the value was dropped or replaced. */
    public enum Action {
        REJECTED, CORRECTED
    }

    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(reason, "reason");
    }

    public static Rejection rejected(Kind kind, String received, String reason) {
        return new Rejection(kind, Action.REJECTED, received, null, reason);
    }

    public static Rejection corrected(Kind kind, String received, String stored, String reason) {
        return new Rejection(kind, Action.CORRECTED, received, stored, reason);
    }
}
