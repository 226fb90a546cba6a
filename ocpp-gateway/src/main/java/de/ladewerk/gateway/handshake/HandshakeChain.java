package de.ladewerk.gateway.handshake;

import io.vertx.core.Future;
import java.util.List;

/** Runs the handshake filters in order; the first failure ends the chain. */
public final class HandshakeChain {

    private final List<HandshakeFilter> filters;

    public HandshakeChain(List<HandshakeFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    public Future<HandshakeContext> run(HandshakeContext context) {
        Future<Void> result = Future.succeededFuture();
        for (HandshakeFilter f : filters) {
            result = result.compose(v -> f.apply(context));
        }
        return result.map(v -> context);
    }
}
