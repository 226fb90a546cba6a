package de.ladewerk.loadmanagement.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An allocation at {@code at}: a current for every session, how full each limit is, and warnings
 * (limits that base load or unmanaged stations alone exceed, sessions not on the grid).
 */
public record AllocationResult(Instant at, List<Allocation> allocations, List<LimitUsage> limits, List<String> warnings) {

    public AllocationResult {
        allocations = List.copyOf(allocations);
        limits = List.copyOf(limits);
        warnings = List.copyOf(warnings);
    }

    public Optional<Allocation> of(String sessionId) {
        return allocations.stream().filter(a -> a.sessionId().equals(sessionId)).findFirst();
    }

    public Map<String, Allocation> bySession() {
        return allocations.stream().collect(Collectors.toMap(Allocation::sessionId, Function.identity()));
    }

    public Optional<LimitUsage> limit(String name) {
        return limits.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The sessions' allocated power in kW. */
    public double totalKw() {
        return allocations.stream().mapToDouble(Allocation::kw).sum();
    }
}
