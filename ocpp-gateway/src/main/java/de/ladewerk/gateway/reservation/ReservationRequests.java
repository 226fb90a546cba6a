package de.ladewerk.gateway.reservation;

import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.V201TokenMapping;
import de.ladewerk.gateway.command.CommandActions;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.ocpp.OcppVersion;

/** Reads a recorded ReserveNow request of either version into an active {@link Reservation}. */
final class ReservationRequests {

    private ReservationRequests() {
    }

    static Reservation v16(CommandResult c, Long commandId) {
        var r = CommandActions.codec(OcppVersion.V16).decode(c.request(),
                de.ladewerk.ocpp.v16.reservation.ReserveNowRequest.class);
        return new Reservation(c.stationId(), r.reservationId(), r.connectorId(), null, IdToken.idTag(r.idTag()),
                r.parentIdTag(), r.expiryDate(), ReservationStatus.ACTIVE, commandId, null, null);
    }

    static Reservation v201(CommandResult c, Long commandId) {
        var r = CommandActions.codec(OcppVersion.V201).decode(c.request(),
                de.ladewerk.ocpp.v201.reservation.ReserveNowRequest.class);
        return new Reservation(c.stationId(), r.id(), r.evseId(),
                c.request().path("connectorType").asText(null), V201TokenMapping.token(r.idToken()),
                r.groupIdToken() == null ? null : r.groupIdToken().idToken(), r.expiryDateTime(),
                ReservationStatus.ACTIVE, commandId, null, null);
    }
}
