package de.ladewerk.gateway.session;

import de.ladewerk.gateway.authorization.Authorization;
import de.ladewerk.gateway.authorization.AuthorizationStatus;
import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.pricing.PricingPort;
import io.vertx.core.Future;

/**
 * What the sessions part of the gateway is connected to, given to {@code Gateway.start}.
 *
 * @param authorizer answers the token part of transaction messages; {@code null}: the gateway's token store
 * @param live       live events of the whole gateway (sessions, commands, security events) go here after commit
 * @param ended      billing's hook, told after a session's end is committed
 * @param pricing    running cost for 2.0.1 CostUpdated; {@code null}: the per-kWh price from the gateway config
 */
public record SessionWiring(Authorizer authorizer, LiveEvents live, SessionEndedListener ended, PricingPort pricing) {

    /** Accepts every token: for tests and tools only; the application wires its token store. */
    public static final Authorizer ACCEPT_ALL =
            (station, token) -> Future.succeededFuture(new Authorization(AuthorizationStatus.ACCEPTED, null, null));

    public SessionWiring {
        live = live == null ? LiveEvents.NONE : live;
        ended = ended == null ? SessionEndedListener.NONE : ended;
    }

    /** The gateway's token store, no live events, no billing hook, configured pricing. */
    public static SessionWiring defaults() {
        return new SessionWiring(null, LiveEvents.NONE, SessionEndedListener.NONE, null);
    }

    /** The given authorizer, no live events, no billing hook, configured pricing. */
    public static SessionWiring of(Authorizer authorizer) {
        return new SessionWiring(authorizer, LiveEvents.NONE, SessionEndedListener.NONE, null);
    }

    public SessionWiring withAuthorizer(Authorizer tokens) {
        return new SessionWiring(tokens, live, ended, pricing);
    }

    public SessionWiring withLive(LiveEvents events) {
        return new SessionWiring(authorizer, events, ended, pricing);
    }

    public SessionWiring withEnded(SessionEndedListener listener) {
        return new SessionWiring(authorizer, live, listener, pricing);
    }

    public SessionWiring withPricing(PricingPort port) {
        return new SessionWiring(authorizer, live, ended, port);
    }
}
