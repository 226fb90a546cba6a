package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.reservation.ReservationBook;
import de.ladewerk.gateway.reservation.ReservationStatus;
import de.ladewerk.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import de.ladewerk.ocpp.v201.reservation.ReservationStatusUpdateResponse;
import de.ladewerk.ocpp.v201.reservation.ReservationUpdateStatus;
import io.vertx.core.Future;

/**
 * OCPP 2.0.1 ReservationStatusUpdate: the station ended a reservation (Expired or Removed); recorded
 * before the answer. An id Ladewerk does not know as active is answered all the same.
 */
public final class V201ReservationStatusUpdateHandler
        implements CallHandler<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse> {

    private final ReservationBook reservations;

    public V201ReservationStatusUpdateHandler(ReservationBook reservations) {
        this.reservations = reservations;
    }

    @Override
    public Future<ReservationStatusUpdateResponse> handle(StationSession session, ReservationStatusUpdateRequest r) {
        ReservationStatus status = r.reservationUpdateStatus() == ReservationUpdateStatus.Expired
                ? ReservationStatus.EXPIRED : ReservationStatus.REMOVED;
        return reservations.ended(session.stationId(), r.reservationId(), status)
                .map(known -> new ReservationStatusUpdateResponse());
    }
}
