package de.ladewerk.gateway.reservation;

import java.time.Instant;
import java.util.List;

/** Reservations. Blocking: worker threads only. */
public interface ReservationRepository {

    /** Records an accepted reservation; one with the same station and id is replaced (as the station does). */
    void reserve(Reservation reservation);

    /**
     * Ends an active reservation.
     *
     * @return false if the station has no active reservation with that id
     */
    boolean end(String stationId, int reservationId, ReservationStatus status);

    /**
     * Reservations, newest first, with their status as of {@code now} (expired on read).
     *
     * @param stationId {@code null} for every station
     */
    List<Reservation> list(String stationId, Instant now, int limit, int offset);

    /** Marks every active reservation past its expiry as EXPIRED; returns how many. */
    int expireDue(Instant now);
}
