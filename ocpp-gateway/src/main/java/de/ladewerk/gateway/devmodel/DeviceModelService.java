package de.ladewerk.gateway.devmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.context.Committed;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The device model for code on an event loop: writes go through the {@link DeviceModelStore}
 * (completed after commit), reads run on the worker pool.
 */
public final class DeviceModelService {

    /** The component 1.6 configuration keys are stored under; the key is the variable's name. */
    public static final String OCPP16_COMPONENT = "OCPP16";

    private final DeviceModelStore store;
    private final DeviceModelQueries queries;
    private final LimitOverrides overrides;
    private final WorkerExecutor blocking;

    /** @param overrides operators' message limits, used before the station's reported ones */
    public DeviceModelService(DeviceModelStore store, DeviceModelQueries queries, LimitOverrides overrides,
                              WorkerExecutor blocking) {
        this.store = store;
        this.queries = queries;
        this.overrides = overrides;
        this.blocking = blocking;
    }

    /** The operators' message-limit overrides; blocking. */
    public LimitOverrides overrides() {
        return overrides;
    }

    public DeviceModelStore store() {
        return store;
    }

    public DeviceModelQueries queries() {
        return queries;
    }

    /** Runs a query on the worker pool. */
    public <T> Future<T> read(java.util.function.Function<DeviceModelQueries, T> query) {
        return blocking.executeBlocking(() -> query.apply(queries), false);
    }

    /**
     * The ItemsPerMessage/BytesPerMessage for one kind of request: an operator's override where there is one,
     * else what the station reported.
     */
    public Future<MessageLimits> limits(String stationId, SplitKind kind) {
        return read(q -> {
            Optional<LimitOverride> override = overrides.find(stationId, kind);
            Integer itemsSet = override.map(LimitOverride::itemsPerMessage).orElse(null);
            Integer bytesSet = override.map(LimitOverride::bytesPerMessage).orElse(null);
            ComponentRef controller = ComponentRef.of(kind.controller());
            VariableRef items = new VariableRef("ItemsPerMessage", kind.action());
            VariableRef bytes = new VariableRef("BytesPerMessage", kind.action());
            return new MessageLimits(
                    itemsSet != null ? itemsSet : positive(q.value(stationId, controller, items, AttributeValue.ACTUAL)),
                    bytesSet != null ? bytesSet : positive(q.value(stationId, controller, bytes, AttributeValue.ACTUAL)));
        });
    }

    /**
     * Stores the keys of a 1.6 GetConfiguration answer (its JSON payload) as variables of component
     * {@value #OCPP16_COMPONENT}: value as Actual, readonly as ReadOnly/ReadWrite mutability.
     * Keys the station reported unknown are not stored. Completes after commit.
     */
    public Future<Void> storeConfiguration(String stationId, JsonNode getConfigurationAnswer) {
        List<ReportedVariable> keys = new ArrayList<>();
        for (JsonNode k : getConfigurationAnswer.path("configurationKey")) {
            String mutability = k.path("readonly").asBoolean(false) ? "ReadOnly" : "ReadWrite";
            String value = k.hasNonNull("value") ? k.get("value").asText() : null;
            keys.add(new ReportedVariable(ComponentRef.of(OCPP16_COMPONENT), VariableRef.of(k.path("key").asText()),
                    List.of(new AttributeValue(AttributeValue.ACTUAL, value, mutability, null, null)), null));
        }
        return keys.isEmpty() ? Future.succeededFuture()
                : Committed.on(store.values(stationId, DeviceModelStore.Source.OCPP16, keys));
    }

    private static int positive(Optional<String> value) {
        try {
            int n = value.map(String::trim).map(Integer::parseInt).orElse(Integer.MAX_VALUE);
            return n > 0 ? n : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // a limit we cannot read limits nothing
        }
    }
}
