package de.ladewerk.gateway.handshake;

import de.ladewerk.gateway.security.CredentialVerifier;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.Optional;

/**
 * Security profiles 1 and 2: HTTP Basic auth with username = identity and the station's password,
 * checked against its stored hash (off the event loop). Anything missing or wrong → 401. A station that
 * authenticated with a verified client certificate (profile 3) needs no password.
 */
public final class BasicAuthFilter implements HandshakeFilter {

    private final CredentialVerifier verifier;
    private final WorkerExecutor blocking;

    public BasicAuthFilter(CredentialVerifier verifier, WorkerExecutor blocking) {
        this.verifier = verifier;
        this.blocking = blocking;
    }

    @Override
    public Future<Void> apply(HandshakeContext context) {
        if (context.clientCertificate() != null) {
            return Future.succeededFuture();
        }
        Optional<BasicCredentials> credentials =
                BasicCredentials.parse(context.handshake().headers().get("Authorization"));
        if (credentials.isEmpty()) {
            return Future.failedFuture(new HandshakeRejection(401, "no Basic credentials"));
        }
        BasicCredentials c = credentials.get();
        if (!c.username().equals(context.identity())) {
            return Future.failedFuture(new HandshakeRejection(401,
                    "username " + c.username() + " is not the identity " + context.identity()));
        }
        String storedHash = context.station().passwordHash();
        if (storedHash == null) {
            return Future.failedFuture(new HandshakeRejection(401, "no password is registered for the station"));
        }
        return blocking.executeBlocking(() -> verifier.verify(context.identity(), c.password(), storedHash), false)
                .compose(ok -> ok ? Future.succeededFuture()
                        : Future.failedFuture(new HandshakeRejection(401, "wrong password")));
    }
}
