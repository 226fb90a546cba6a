package de.ladewerk.gateway.admission;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts open connections in all and per remote address against {@link ConnectionLimits}. Shared by every
 * event loop of the listeners it guards, so it is thread-safe; a connection that is admitted must be
 * {@link #release released} exactly once when it closes.
 */
public final class ConnectionBudget {

    private final int maxPerAddress;
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> byAddress = new ConcurrentHashMap<>();

    public ConnectionBudget(ConnectionLimits limits) {
        this.maxPerAddress = limits.maxPerAddress();
        this.maxConnections = limits.maxConnections();
    }

    /** Takes a slot for a new connection from {@code address}, or says why there is none. */
    public Optional<RefusalReason> admit(String address) {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            return Optional.of(RefusalReason.GLOBAL);
        }
        boolean[] full = {false};
        byAddress.compute(address, (a, n) -> {
            int count = n == null ? 0 : n;
            if (count >= maxPerAddress) {
                full[0] = true;
                return n;
            }
            return count + 1;
        });
        if (full[0]) {
            open.decrementAndGet();
            return Optional.of(RefusalReason.PER_ADDRESS);
        }
        return Optional.empty();
    }

    /** Gives back the slot of an admitted connection that closed. */
    public void release(String address) {
        byAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        open.decrementAndGet();
    }

    /** Connections admitted and not yet released. */
    public int open() {
        return open.get();
    }

    /** Connections admitted from one address. */
    public int open(String address) {
        return byAddress.getOrDefault(address, 0);
    }
}
