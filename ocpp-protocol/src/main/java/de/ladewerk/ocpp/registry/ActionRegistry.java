package de.ladewerk.ocpp.registry;

import de.ladewerk.ocpp.OcppVersion;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * All actions of one OCPP version, listed explicitly (no classpath scanning). An action absent here
 * is unknown to the version (NotImplemented); one present but without a handler is NotSupported.
 */
public final class ActionRegistry {

    private final OcppVersion version;
    private final Map<String, ActionDescriptor<?, ?>> byAction;
    private final Map<Class<?>, ActionDescriptor<?, ?>> byRequestType;

    private ActionRegistry(OcppVersion version, Map<String, ActionDescriptor<?, ?>> byAction) {
        this.version = version;
        this.byAction = Collections.unmodifiableMap(byAction);
        Map<Class<?>, ActionDescriptor<?, ?>> byType = new LinkedHashMap<>();
        for (ActionDescriptor<?, ?> d : byAction.values()) {
            byType.put(d.requestType(), d);
        }
        this.byRequestType = Collections.unmodifiableMap(byType);
    }

    public OcppVersion version() {
        return version;
    }

    public Optional<ActionDescriptor<?, ?>> find(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    /** The action whose request is of this type, e.g. to send a typed request. */
    @SuppressWarnings("unchecked")
    public <Q> Optional<ActionDescriptor<Q, ?>> forRequest(Class<Q> requestType) {
        return Optional.ofNullable((ActionDescriptor<Q, ?>) byRequestType.get(requestType));
    }

    public Collection<ActionDescriptor<?, ?>> all() {
        return byAction.values();
    }

    public static Builder builder(OcppVersion version) {
        return new Builder(version);
    }

    /** Collects the actions of a version; an action or request type listed twice is an error. */
    public static final class Builder {
        private final OcppVersion version;
        private final Map<String, ActionDescriptor<?, ?>> byAction = new LinkedHashMap<>();

        private Builder(OcppVersion version) {
            this.version = version;
        }

        public <Q, R> Builder add(String action, Direction direction, Class<Q> request, Class<R> response) {
            if (byAction.putIfAbsent(action, ActionDescriptor.of(action, direction, request, response)) != null) {
                throw new IllegalArgumentException("action listed twice: " + action);
            }
            return this;
        }

        public ActionRegistry build() {
            return new ActionRegistry(version, byAction);
        }
    }
}
