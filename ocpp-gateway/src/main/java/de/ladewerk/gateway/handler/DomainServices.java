package de.ladewerk.gateway.handler;

import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.reservation.ReservationBook;
import de.ladewerk.gateway.session.SessionService;

/**
 * The version-neutral services the per-version handlers map their messages to; built once by the
 * gateway and handed to {@code V16Handlers.create} and {@code V201Handlers.create}.
 *
 * @param connections for handlers that call the station back after answering it
 */
public record DomainServices(StationHandlers stations, SessionService sessions, Authorizer authorizer,
                             ReservationBook reservations, StationReports reports, ConnectionRegistry connections) {
}
