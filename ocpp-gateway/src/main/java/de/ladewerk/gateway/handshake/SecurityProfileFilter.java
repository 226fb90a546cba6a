package de.ladewerk.gateway.handshake;

import io.vertx.core.Future;

/**
 * A station may not connect below its stored security profile: profile 2 stations must come over TLS,
 * profile 3 stations over TLS with a verified client certificate ({@link ClientCertificateFilter} runs
 * first). Refused → 401.
 */
public final class SecurityProfileFilter implements HandshakeFilter {

    @Override
    public Future<Void> apply(HandshakeContext context) {
        int required = context.station().securityProfile();
        int offered = context.connectionProfile();
        if (offered >= required) {
            return Future.succeededFuture();
        }
        String how = required == 2 ? "must connect over TLS" : "must connect over TLS with its client certificate";
        return Future.failedFuture(new HandshakeRejection(401,
                "station has security profile " + required + " and " + how + " (this connection meets profile "
                        + offered + ")"));
    }
}
