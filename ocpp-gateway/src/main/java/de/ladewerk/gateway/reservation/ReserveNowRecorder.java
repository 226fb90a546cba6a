package de.ladewerk.gateway.reservation;

import de.ladewerk.gateway.command.CommandOutcomeListener;
import de.ladewerk.gateway.command.CommandResult;
import java.util.function.BiFunction;

/**
 * Records the reservation of a ReserveNow the station accepted. The version-specific part is reading
 * the request ({@link #v16} / {@link #v201}).
 */
public final class ReserveNowRecorder implements CommandOutcomeListener {

    private final Class<?> requestType;
    private final BiFunction<CommandResult, Long, Reservation> reading;
    private final ReservationRepository reservations;

    private ReserveNowRecorder(Class<?> requestType, BiFunction<CommandResult, Long, Reservation> reading,
                               ReservationRepository reservations) {
        this.requestType = requestType;
        this.reading = reading;
        this.reservations = reservations;
    }

    /** For OCPP 1.6 ReserveNow. */
    public static ReserveNowRecorder v16(ReservationRepository reservations) {
        return new ReserveNowRecorder(de.ladewerk.ocpp.v16.reservation.ReserveNowRequest.class,
                ReservationRequests::v16, reservations);
    }

    /** For OCPP 2.0.1 ReserveNow. */
    public static ReserveNowRecorder v201(ReservationRepository reservations) {
        return new ReserveNowRecorder(de.ladewerk.ocpp.v201.reservation.ReserveNowRequest.class,
                ReservationRequests::v201, reservations);
    }

    @Override
    public Class<?> requestType() {
        return requestType;
    }

    @Override
    public void answered(CommandResult command) {
        if (command.accepted()) {
            reservations.reserve(reading.apply(command, command.id()));
        }
    }
}
