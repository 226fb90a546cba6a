package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.reservation.ReservationBook;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.ocpp.v201.authorization.AuthorizeRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.metervalues.MeterValuesRequest;
import de.ladewerk.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import de.ladewerk.ocpp.v201.transactions.TransactionEventRequest;

/** The OCPP 2.0.1 handlers, listed explicitly. */
public final class V201Handlers {

    private V201Handlers() {
    }

    public static HandlerRegistry create(StationHandlers stations, SessionService sessions,
                                         ConnectionRegistry connections, Authorizer authorizer,
                                         ReservationBook reservations) {
        return new HandlerRegistry(V201Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V201BootNotificationHandler(stations))
                .add(HeartbeatRequest.class, new V201HeartbeatHandler(stations))
                .add(StatusNotificationRequest.class, new V201StatusNotificationHandler(stations))
                .add(TransactionEventRequest.class, new V201TransactionEventHandler(sessions, connections))
                .add(MeterValuesRequest.class, new V201MeterValuesHandler(sessions))
                .add(AuthorizeRequest.class, new V201AuthorizeHandler(authorizer))
                .add(ReservationStatusUpdateRequest.class, new V201ReservationStatusUpdateHandler(reservations));
    }
}
