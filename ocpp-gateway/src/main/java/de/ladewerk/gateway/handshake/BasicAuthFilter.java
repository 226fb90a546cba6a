package de.ladewerk.gateway.handshake;

import de.ladewerk.gateway.security.StationAuthenticator;
import de.ladewerk.gateway.security.StationAuthenticator.Verdict;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Security profiles 1 and 2: HTTP Basic auth with username = identity and the station's password,
 * checked by the {@link StationAuthenticator} (throttled, the same work for every refusal, Argon2id only on the
 * bounded password pool). Anything missing or wrong → 401; in back-off after repeated failures → 429; too many
 * checks waiting → 503. A station that authenticated with a verified client certificate (profile 3) needs no
 * password.
 */
public final class BasicAuthFilter implements HandshakeFilter {

    private final StationAuthenticator authenticator;

    public BasicAuthFilter(StationAuthenticator authenticator) {
        this.authenticator = authenticator;
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
        // a station without a password is checked against a dummy hash: the same work as a wrong password
        return check(authenticator, context, c.password(), context.station().passwordHash(), "wrong password");
    }

    /** Runs the authenticator and turns anything but acceptance into the matching refusal. */
    static Future<Void> check(StationAuthenticator authenticator, HandshakeContext context, String password,
                              String storedHash, String refusal) {
        return authenticator.authenticate(context.identity(), context.remoteHost(), password, storedHash)
                .compose(verdict -> verdict == Verdict.ACCEPTED ? Future.succeededFuture()
                        : Future.failedFuture(rejection(verdict, refusal)));
    }

    static HandshakeRejection rejection(Verdict verdict, String refusal) {
        return switch (verdict) {
            case THROTTLED -> new HandshakeRejection(429, "too many failed attempts: in back-off");
            case BUSY -> new HandshakeRejection(503, "too many password checks waiting");
            default -> new HandshakeRejection(401, refusal);
        };
    }
}
