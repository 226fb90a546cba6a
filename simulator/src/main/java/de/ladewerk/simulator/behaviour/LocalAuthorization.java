package de.ladewerk.simulator.behaviour;

import java.util.HashMap;
import java.util.Map;

/** The local authorization list the CSMS sends, and the cache of answers to Authorize. Event loop only. */
final class LocalAuthorization {

    private final Map<String, String> list = new HashMap<>();
    private final Map<String, String> cache = new HashMap<>();
    private int listVersion;

    boolean listAccepts(String idToken) {
        return "Accepted".equals(list.get(idToken));
    }

    boolean cacheAccepts(String idToken) {
        return "Accepted".equals(cache.get(idToken));
    }

    void cache(String idToken, String status) {
        cache.put(idToken, status);
    }

    void clearCache() {
        cache.clear();
    }

    int listVersion() {
        return listVersion;
    }

    /**
     * Applies a SendLocalList.
     *
     * @param entries token → status, a {@code null} status removes the token (differential updates)
     */
    void update(int version, boolean full, Map<String, String> entries) {
        if (full) {
            list.clear();
        }
        entries.forEach((token, status) -> {
            if (status == null) {
                list.remove(token);
            } else {
                list.put(token, status);
            }
        });
        listVersion = version;
    }

    int listSize() {
        return list.size();
    }
}
