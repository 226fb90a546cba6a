package de.ladewerk.gateway.authorization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Differential local-list updates: what changes turn the list a station holds into the wanted one,
 * and what a station holds after applying changes. Pure.
 */
public final class LocalListDiff {

    private LocalListDiff() {
    }

    /**
     * Entries that are new or differ are set; tokens the station holds but that are no longer wanted
     * are removed. Unchanged entries are not sent. Order: sets in the wanted order, then removals.
     */
    public static List<LocalListEntry.Change> between(Collection<LocalListEntry> held, Collection<LocalListEntry> wanted) {
        Map<IdToken, LocalListEntry> heldByToken = byToken(held);
        List<LocalListEntry.Change> changes = new ArrayList<>();
        Map<IdToken, LocalListEntry> wantedByToken = byToken(wanted);
        for (LocalListEntry w : wantedByToken.values()) {
            if (!w.equals(heldByToken.get(w.token()))) {
                changes.add(new LocalListEntry.Change(w.token(), w));
            }
        }
        for (IdToken t : heldByToken.keySet()) {
            if (!wantedByToken.containsKey(t)) {
                changes.add(new LocalListEntry.Change(t, null));
            }
        }
        return changes;
    }

    /** The list after a differential update: sets replace or add, removals drop. */
    public static List<LocalListEntry> apply(Collection<LocalListEntry> held, Collection<LocalListEntry.Change> changes) {
        Map<IdToken, LocalListEntry> result = byToken(held);
        for (LocalListEntry.Change c : changes) {
            if (c.removal()) {
                result.remove(c.token());
            } else {
                result.put(c.token(), c.entry());
            }
        }
        return List.copyOf(result.values());
    }

    private static Map<IdToken, LocalListEntry> byToken(Collection<LocalListEntry> entries) {
        Map<IdToken, LocalListEntry> m = new LinkedHashMap<>();
        for (LocalListEntry e : entries) {
            m.put(e.token(), e);
        }
        return m;
    }
}
