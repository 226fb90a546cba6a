package de.ladewerk.simulator.station;

import io.vertx.core.Future;

/**
 * Answers one CSMS→station action. Runs on the connection's event loop: never block in it.
 *
 * <p>The returned future completes with the response payload (a message record or a Jackson
 * {@code JsonNode}); failing it with an {@link de.ladewerk.ocpp.error.OcppException} answers a
 * CALLERROR of that kind, any other failure answers InternalError.
 */
@FunctionalInterface
public interface CsmsCallHandler {

    Future<?> handle(CsmsCall call);
}
