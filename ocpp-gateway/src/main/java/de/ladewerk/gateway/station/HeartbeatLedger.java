package de.ladewerk.gateway.station;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest heartbeat of each station since the last write, kept in memory.
 *
 * <p>A Heartbeat carries no data a station would lose if Ladewerk failed before writing it: it only says the
 * station lives. So its answer does not wait for a commit; the gateway writes the ledger in one statement every
 * {@link #FLUSH_INTERVAL_MILLIS} ms, and {@code last_heartbeat_at} is accurate within that interval.
 * Everything that carries data (status, transactions, meter values, security events) is still answered only
 * after its commit.
 */
public final class HeartbeatLedger {

    /** How often the gateway writes the ledger. */
    public static final long FLUSH_INTERVAL_MILLIS = 2_000;

    private final ConcurrentHashMap<String, Instant> latest = new ConcurrentHashMap<>();

    /** Notes a heartbeat; an older one than the noted never replaces it. */
    public void record(String stationId, Instant at) {
        latest.merge(stationId, at, (noted, incoming) -> incoming.isAfter(noted) ? incoming : noted);
    }

    /**
     * Takes the noted heartbeats out of the ledger. A heartbeat noted while this runs stays for the next
     * drain, so none is lost.
     */
    public Map<String, Instant> drain() {
        Map<String, Instant> taken = new HashMap<>();
        for (Map.Entry<String, Instant> e : latest.entrySet()) {
            if (latest.remove(e.getKey(), e.getValue())) {
                taken.put(e.getKey(), e.getValue());
            }
        }
        return taken;
    }

    /** How many stations have a heartbeat waiting to be written. */
    public int waiting() {
        return latest.size();
    }
}
