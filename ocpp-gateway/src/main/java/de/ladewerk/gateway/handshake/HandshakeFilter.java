package de.ladewerk.gateway.handshake;

import io.vertx.core.Future;

/**
 * One check of a WebSocket upgrade. Fails with {@link HandshakeRejection} to refuse it; may be
 * asynchronous (database, password hashing) but never blocks the event loop.
 */
@FunctionalInterface
public interface HandshakeFilter {

    Future<Void> apply(HandshakeContext context);
}
