package de.ladewerk.planning.load;

/**
 * How a site shares its limit among the cars plugged in, slot by slot: the one seam where planning's
 * managed charging can be swapped; by default it is the live load-management allocator ({@link #ALLOCATOR}), so that
 * planning and operations agree. Unmanaged charging (every car at full power) stays in {@link PowerDispatch}.
 */
@FunctionalInterface
public interface ManagedCharging {

    /** The simple allocation: the limit shared in proportion to what each car could draw. */
    ManagedCharging PROPORTIONAL = PowerDispatch::managed;

    /**
     * The live load-management allocator (6 A minimum or waiting, max-min fair, earliest arrivals first), so
     * that planning and operations share one algorithm.
     */
    ManagedCharging ALLOCATOR = AllocatorDispatch::managed;

    /** The allocation managed runs use unless told otherwise: {@link #ALLOCATOR}. */
    ManagedCharging DEFAULT = ALLOCATOR;

    /**
     * Dispatches the sessions under {@code limitKw}.
     *
     * @param sessions  the site's sessions on the simulation timeline
     * @param powerKw   the most one car draws, kW
     * @param limitKw   the most the site may draw at once, kW
     * @param days      simulated days (the timeline has a warm-up day before them)
     * @param unmanaged the unmanaged delivery of the same sessions, which an implementation may reuse
     *                  when it never reaches the limit
     * @return power per slot and energy served and unserved
     */
    Delivery dispatch(Sessions sessions, double powerKw, double limitKw, int days, Delivery unmanaged);
}
