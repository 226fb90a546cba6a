package de.ladewerk.gateway.devmodel;

import java.util.List;
import java.util.Optional;

/** The stored {@link LimitOverride}s. Blocking: call from worker threads only. */
public interface LimitOverrides {

    Optional<LimitOverride> find(String stationId, SplitKind kind);

    /** Every override of the station, by action. */
    List<LimitOverride> all(String stationId);

    /**
     * Stores the override, or removes it when both limits are {@code null}; false if there is no such station.
     */
    boolean set(LimitOverride override);
}
