package de.ladewerk.gateway.reservation;

import de.ladewerk.gateway.command.CommandOutcomeListener;
import de.ladewerk.gateway.command.CommandResult;

/**
 * Marks a reservation cancelled once the station accepted CancelReservation. 1.6 and 2.0.1 spell
 * request ({@code reservationId}) and answer ({@code status}) alike; one instance per version.
 */
public final class CancelReservationRecorder implements CommandOutcomeListener {

    private final Class<?> requestType;
    private final ReservationRepository reservations;

    private CancelReservationRecorder(Class<?> requestType, ReservationRepository reservations) {
        this.requestType = requestType;
        this.reservations = reservations;
    }

    public static CancelReservationRecorder v16(ReservationRepository reservations) {
        return new CancelReservationRecorder(de.ladewerk.ocpp.v16.reservation.CancelReservationRequest.class,
                reservations);
    }

    public static CancelReservationRecorder v201(ReservationRepository reservations) {
        return new CancelReservationRecorder(de.ladewerk.ocpp.v201.reservation.CancelReservationRequest.class,
                reservations);
    }

    @Override
    public Class<?> requestType() {
        return requestType;
    }

    @Override
    public void answered(CommandResult command) {
        if (command.accepted()) {
            reservations.end(command.stationId(), command.request().path("reservationId").asInt(),
                    ReservationStatus.CANCELLED);
        }
    }
}
