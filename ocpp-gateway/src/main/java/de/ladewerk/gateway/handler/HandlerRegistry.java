package de.ladewerk.gateway.handler;

import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.ActionRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The handlers of one version, listed explicitly. Only actions of the version's registry that
 * stations send can get a handler; registering anything else is a wiring error.
 */
public final class HandlerRegistry {

    /** An action with its typed handler. */
    public record Entry<Q, R>(ActionDescriptor<Q, R> descriptor, CallHandler<Q, R> handler) {
    }

    private final ActionRegistry actions;
    private final Map<String, Entry<?, ?>> entries = new HashMap<>();

    public HandlerRegistry(ActionRegistry actions) {
        this.actions = actions;
    }

    public ActionRegistry actions() {
        return actions;
    }

    /** Adds the handler for the action whose request type is {@code requestType}. */
    @SuppressWarnings("unchecked")
    public <Q, R> HandlerRegistry add(Class<Q> requestType, CallHandler<Q, ? extends R> handler) {
        ActionDescriptor<Q, ?> d = actions.forRequest(requestType).orElseThrow(() ->
                new IllegalArgumentException(requestType.getName() + " is no request of " + actions.version()));
        if (!d.direction().sentByStation()) {
            throw new IllegalArgumentException(d.action() + " is not sent by stations");
        }
        if (entries.putIfAbsent(d.action(), new Entry<>((ActionDescriptor<Q, R>) d, (CallHandler<Q, R>) handler)) != null) {
            throw new IllegalArgumentException("two handlers for " + d.action());
        }
        return this;
    }

    public Optional<Entry<?, ?>> find(String action) {
        return Optional.ofNullable(entries.get(action));
    }
}
