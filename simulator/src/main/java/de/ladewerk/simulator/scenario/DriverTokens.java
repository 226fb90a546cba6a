package de.ladewerk.simulator.scenario;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The id tokens of a running fleet that are in a charge right now. A driver cannot be at two stations
 * at once, but each station draws its arrivals independently; so a token drawn while it is in use
 * elsewhere is replaced by the next free one ({@code prefix} + number, wrapping at {@code count}).
 * Without this a CSMS rightly answers the second start ConcurrentTx and the station ends it at once.
 * Thread-safe.
 */
final class DriverTokens {

    private final String prefix;
    private final int count;
    private final Set<String> inUse = ConcurrentHashMap.newKeySet();

    DriverTokens(Scenario.IdTokens tokens) {
        this.prefix = tokens.prefix();
        this.count = Math.max(1, tokens.count());
    }

    /** Takes {@code wanted}, or the next free token if it is in use; {@code wanted} again if all are in use. */
    String claim(String wanted) {
        if (inUse.add(wanted)) {
            return wanted;
        }
        int start = number(wanted);
        for (int i = 1; i < count && start > 0; i++) {
            String next = prefix + ((start - 1 + i) % count + 1);
            if (inUse.add(next)) {
                return next;
            }
        }
        return wanted;
    }

    /** The driver has left. */
    void release(String token) {
        inUse.remove(token);
    }

    private int number(String token) {
        try {
            return token.startsWith(prefix) ? Integer.parseInt(token.substring(prefix.length())) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
