package de.ladewerk.loadmanagement.profile;

import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.Grid;
import de.ladewerk.loadmanagement.grid.Phase;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default limit every managed EVSE keeps when nobody allocates (Ladewerk or the network down):
 * with every EVSE of a site drawing its default on all phases, the stations that reject profiles at their
 * maximum and the base load at its worst case, the site and its transformer stay within their limits.
 * The room is shared equally and rounded down to 0.1 A. A default below 6 A means cars wait while
 * nobody allocates: the site is too small to let every EVSE charge at once.
 */
public final class FailSafe {

    private FailSafe() {
    }

    /** Amperes per phase for every managed (compliant) EVSE of the grid, by EVSE id. */
    public static Map<String, Double> defaultAmps(Grid grid) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Site site : grid.sites()) {
            List<Evse> evses = grid.evsesOf(site.id());
            List<Evse> managed = evses.stream().filter(Evse::compliant).toList();
            if (managed.isEmpty()) {
                continue;
            }
            double share = Math.min(siteShare(site, evses, managed.size()), transformerShare(grid, site));
            for (Evse e : managed) {
                out.put(e.id(), Math.max(0, Math.floor(Math.min(share, e.maxAmps()) * 10 + 1e-6) / 10));
            }
        }
        return out;
    }

    private static double siteShare(Site site, List<Evse> evses, int managed) {
        double baseKw = site.baseLoad().worstCaseKw();
        // an unmanaged EVSE may draw its maximum on every phase it has; counted on all three to be safe
        double fixedAmps = evses.stream().filter(e -> !e.compliant()).mapToDouble(Evse::maxAmps).sum();
        double fixedKw = evses.stream().filter(e -> !e.compliant()).mapToDouble(e -> e.maxAmps() * e.phases() * Phase.NOMINAL_VOLTS / 1000).sum();
        double byPhase = (site.limitAmpsPerPhase() - BaseLoad.ampsPerPhase(baseKw) - fixedAmps) / managed;
        double byPower = (site.limitKw() - baseKw - fixedKw) * 1000 / (3 * Phase.NOMINAL_VOLTS) / managed;
        return Math.min(byPhase, byPower);
    }

    /** A transformer's room shared by every managed EVSE under it, after all its sites' worst cases. */
    private static double transformerShare(Grid grid, Site site) {
        if (site.transformerId() == null) {
            return Double.POSITIVE_INFINITY;
        }
        Transformer t = grid.transformers().stream().filter(x -> x.id().equals(site.transformerId())).findFirst().orElseThrow();
        double baseKw = 0;
        double fixedKw = 0;
        double fixedAmps = 0;
        int managed = 0;
        for (Site s : grid.sitesUnder(t.id())) {
            baseKw += s.baseLoad().worstCaseKw();
            for (Evse e : grid.evsesOf(s.id())) {
                if (e.compliant()) {
                    managed++;
                } else {
                    fixedKw += e.maxAmps() * e.phases() * Phase.NOMINAL_VOLTS / 1000;
                    fixedAmps += e.maxAmps();
                }
            }
        }
        double share = (t.limitKw() - baseKw - fixedKw) * 1000 / (3 * Phase.NOMINAL_VOLTS) / managed;
        if (t.limitAmpsPerPhase() != null) {
            share = Math.min(share, (t.limitAmpsPerPhase() - BaseLoad.ampsPerPhase(baseKw) - fixedAmps) / managed);
        }
        return share;
    }
}
