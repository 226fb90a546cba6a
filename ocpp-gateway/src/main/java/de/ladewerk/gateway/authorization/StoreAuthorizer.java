package de.ladewerk.gateway.authorization;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;

/**
 * {@link Authorizer} over the {@link TokenRepository}: the lookups run on the worker pool, the
 * answer comes back on the caller's context (how {@code executeBlocking} completes).
 */
public final class StoreAuthorizer implements Authorizer {

    private final TokenRepository tokens;
    private final WorkerExecutor blocking;
    private final Clock clock;

    public StoreAuthorizer(TokenRepository tokens, WorkerExecutor blocking, Clock clock) {
        this.tokens = tokens;
        this.blocking = blocking;
        this.clock = clock;
    }

    @Override
    public Future<Authorization> authorize(String stationId, IdToken token) {
        return blocking.executeBlocking(() -> authorizeNow(token), false);
    }

    /** The answer for a token right now; blocking. */
    public Authorization authorizeNow(IdToken token) {
        TokenRecord found = tokens.lookup(token).orElse(null);
        TokenRecord parent = found == null || found.parent() == null ? null : tokens.find(found.parent()).orElse(null);
        return TokenRules.evaluate(found, parent, clock.instant());
    }
}
