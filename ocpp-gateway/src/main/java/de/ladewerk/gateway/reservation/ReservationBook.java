package de.ladewerk.gateway.reservation;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.util.List;

/**
 * Asynchronous access to reservations for handlers and the API: the repository runs on the worker
 * pool, results arrive on the caller's context.
 */
public final class ReservationBook {

    private final ReservationRepository reservations;
    private final WorkerExecutor blocking;
    private final Clock clock;

    public ReservationBook(ReservationRepository reservations, WorkerExecutor blocking, Clock clock) {
        this.reservations = reservations;
        this.blocking = blocking;
        this.clock = clock;
    }

    /** A station reports a reservation ended (2.0.1 ReservationStatusUpdate); unknown ids are ignored. */
    public Future<Boolean> ended(String stationId, int reservationId, ReservationStatus status) {
        return blocking.executeBlocking(() -> reservations.end(stationId, reservationId, status), false);
    }

    /** Reservations as of now, newest first; blocking, for the API's worker threads. */
    public List<Reservation> list(String stationId, int limit, int offset) {
        return reservations.list(stationId, clock.instant(), limit, offset);
    }

    /** Expires what is due; for a periodic sweep. */
    public Future<Integer> expireDue() {
        return blocking.executeBlocking(() -> reservations.expireDue(clock.instant()), false);
    }
}
