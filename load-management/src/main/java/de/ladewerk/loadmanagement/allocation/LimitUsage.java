package de.ladewerk.loadmanagement.allocation;

/**
 * One limit after an allocation: {@code used} (base load, unmanaged stations and the sessions'
 * allocations) against {@code capacity}, in the limit's unit (kW or A).
 */
public record LimitUsage(String name, String unit, double capacity, double used) {

    public boolean exceeded() {
        return used > capacity + 1e-6;
    }
}
