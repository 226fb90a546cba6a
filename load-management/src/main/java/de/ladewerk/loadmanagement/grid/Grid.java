package de.ladewerk.loadmanagement.grid;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The topology the allocator works on: transformers, sites under them, EVSEs on sites. Immutable, checked. */
public final class Grid {

    private final Map<String, Transformer> transformers = new LinkedHashMap<>();
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Evse> evses = new LinkedHashMap<>();

    public Grid(Collection<Transformer> transformers, Collection<Site> sites, Collection<Evse> evses) {
        for (Transformer t : transformers) {
            if (this.transformers.put(t.id(), t) != null) {
                throw new IllegalArgumentException("transformer " + t.id() + " is listed twice");
            }
        }
        for (Site s : sites) {
            if (s.transformerId() != null && !this.transformers.containsKey(s.transformerId())) {
                throw new IllegalArgumentException("site " + s.id() + " hangs under unknown transformer " + s.transformerId());
            }
            if (this.sites.put(s.id(), s) != null) {
                throw new IllegalArgumentException("site " + s.id() + " is listed twice");
            }
        }
        for (Evse e : evses) {
            if (!this.sites.containsKey(e.siteId())) {
                throw new IllegalArgumentException("EVSE " + e.id() + " is on unknown site " + e.siteId());
            }
            if (this.evses.put(e.id(), e) != null) {
                throw new IllegalArgumentException("EVSE " + e.id() + " is listed twice");
            }
        }
    }

    /** One site without transformer. */
    public static Grid of(Site site, List<Evse> evses) {
        return new Grid(List.of(), List.of(site), evses);
    }

    public Collection<Transformer> transformers() {
        return transformers.values();
    }

    public Collection<Site> sites() {
        return sites.values();
    }

    public Collection<Evse> evses() {
        return evses.values();
    }

    public Optional<Evse> evse(String id) {
        return Optional.ofNullable(evses.get(id));
    }

    public Site site(String id) {
        Site s = sites.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown site " + id);
        }
        return s;
    }

    public List<Evse> evsesOf(String siteId) {
        return evses.values().stream().filter(e -> e.siteId().equals(siteId)).toList();
    }

    public List<Site> sitesUnder(String transformerId) {
        return sites.values().stream().filter(s -> transformerId.equals(s.transformerId())).toList();
    }
}
