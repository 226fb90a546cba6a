package de.ladewerk.gateway.handler;

import io.vertx.core.Future;

/**
 * Handles one action of one OCPP version. Runs on the connection's event loop: anything blocking
 * goes through a future. Fail with {@link de.ladewerk.ocpp.error.OcppException} to answer a
 * specific CallError; any other failure is answered as InternalError.
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
@FunctionalInterface
public interface CallHandler<Q, R> {

    Future<R> handle(StationSession session, Q request);
}
