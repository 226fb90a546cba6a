package de.ladewerk.gateway.handshake;

import io.vertx.core.Future;

/**
 * A station may not connect below its stored security profile: profile 2 and 3 stations must come
 * over TLS (profile 3's client certificate is checked by the TLS listener).
 */
public final class SecurityProfileFilter implements HandshakeFilter {

    @Override
    public Future<Void> apply(HandshakeContext context) {
        int profile = context.station().securityProfile();
        if (profile >= 2 && !context.handshake().isSsl()) {
            return Future.failedFuture(new HandshakeRejection(401,
                    "station has security profile " + profile + " and must connect over TLS"));
        }
        return Future.succeededFuture();
    }
}
