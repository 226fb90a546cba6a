package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.ocpp.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which actions a CSMS may send in each version and whether a payload fits: the version's
 * {@link ActionRegistry} and {@link PayloadCodec}, nothing hand-written per action.
 */
public final class CommandActions {

    private static final Map<OcppVersion, ActionRegistry> REGISTRIES = Map.of(
            OcppVersion.V16, V16Actions.REGISTRY, OcppVersion.V201, V201Actions.REGISTRY);
    private static final Map<OcppVersion, PayloadCodec> CODECS = Map.of(
            OcppVersion.V16, new PayloadCodec(OcppVersion.V16), OcppVersion.V201, new PayloadCodec(OcppVersion.V201));

    private CommandActions() {
    }

    /** The CSMS→station actions of the version (DataTransfer included), in registry order. */
    public static List<ActionDescriptor<?, ?>> sendable(OcppVersion version) {
        ActionRegistry registry = REGISTRIES.get(version);
        return registry == null ? List.of()
                : registry.all().stream().filter(d -> d.direction().sentByCsms()).toList();
    }

    /** The action if a CSMS may send it in this version. */
    public static Optional<ActionDescriptor<?, ?>> find(OcppVersion version, String action) {
        ActionRegistry registry = REGISTRIES.get(version);
        return registry == null ? Optional.empty()
                : registry.find(action).filter(d -> d.direction().sentByCsms());
    }

    /** Why the command cannot be sent as it is, or empty if it can. */
    public static Optional<String> problem(OcppVersion version, String action, JsonNode payload) {
        Optional<ActionDescriptor<?, ?>> d = find(version, action);
        if (d.isEmpty()) {
            return Optional.of(action + " is not an action a CSMS sends in " + version.subprotocol());
        }
        if (payload == null || !payload.isObject()) {
            return Optional.of("the payload of " + action + " must be a JSON object");
        }
        return codec(version).check(payload, d.get().requestType()).map(Violation::description)
                .map(m -> "invalid " + action + " payload: " + m);
    }

    /** The version's payload codec, e.g. to bind a recorded request or response to its record. */
    public static PayloadCodec codec(OcppVersion version) {
        PayloadCodec codec = CODECS.get(version);
        if (codec == null) {
            throw new IllegalArgumentException("commands are not supported for " + version.subprotocol());
        }
        return codec;
    }
}
