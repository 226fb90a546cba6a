package de.ladewerk.gateway.reservation;

import de.ladewerk.gateway.authorization.IdToken;
import java.time.Instant;
import java.util.Objects;

/**
 * A reservation a station accepted, version-neutral.
 *
 * @param evseId        1.6 connectorId / 2.0.1 evseId; 0 or {@code null} for any
 * @param connectorType 2.0.1 connector type, {@code null} if not given
 * @param groupToken    1.6 parentIdTag / 2.0.1 groupIdToken value, {@code null} if none
 * @param commandId     the ReserveNow command that made it
 */
public record Reservation(String stationId, int reservationId, Integer evseId, String connectorType, IdToken idToken,
                          String groupToken, Instant expiresAt, ReservationStatus status, Long commandId,
                          Instant createdAt, Instant updatedAt) {

    public Reservation {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
    }

    /** The status as it stands at {@code now}: an active reservation past its expiry is expired. */
    public ReservationStatus statusAt(Instant now) {
        return status == ReservationStatus.ACTIVE && !expiresAt.isAfter(now) ? ReservationStatus.EXPIRED : status;
    }
}
