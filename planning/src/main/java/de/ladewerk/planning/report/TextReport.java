package de.ladewerk.planning.report;

import de.ladewerk.planning.CitySummary;
import de.ladewerk.planning.DistrictRow;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.HubResult;
import de.ladewerk.planning.load.LoadCurve;
import de.ladewerk.planning.load.SiteLoad;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.sizing.SiteSizing;
import java.util.List;
import java.util.Locale;

/** The readable console output: a city summary, a table per district, and the load peaks. */
public final class TextReport {

    private TextReport() {
    }

    /** The whole console report of one run. */
    public static String render(PlanningResult r) {
        StringBuilder out = new StringBuilder();
        CitySummary c = r.city();
        out.append(r.scenario().name()).append(" (").append(r.scenario().year()).append("): ")
                .append(r.scenario().description()).append("\n\n");
        out.append(String.format(Locale.ROOT, "EV share %.1f %%: %,.0f EVs based in the city (%,.0f BEV, %,.0f PHEV); commuters' EV share"
                        + " %.1f %%: %,.0f commuter EVs%n",
                100 * c.evShare(), c.evs(), c.bevs(), c.phevs(), 100 * c.commuterEvShare(), c.commuterEvs()));
        out.append(String.format(Locale.ROOT, "Energy %.1f MWh/day, of which public %.1f MWh/day%n", c.energyMwhPerDay(), c.publicEnergyMwhPerDay()));
        out.append(String.format(Locale.ROOT, "Points needed: public AC %,d, public DC %,d, work %,d, home %,d%n",
                c.ports().publicAc(), c.ports().publicDc(), c.ports().work(), c.ports().home()));
        out.append(String.format(Locale.ROOT, "  (counted by energy utilisation instead: public AC %,d, public DC %,d, work %,d)%n",
                c.portsByEnergyUtilisation().publicAc(), c.portsByEnergyUtilisation().publicDc(),
                c.portsByEnergyUtilisation().work()));
        out.append(String.format(Locale.ROOT, "Public power %,.0f kW vs AFIR benchmark %,.0f kW (1.3 kW/BEV + 0.8 kW/PHEV): %.0f %%%n",
                c.publicKw(), c.afirKw(), c.afirKw() > 0 ? 100 * c.publicKw() / c.afirKw() : 0));
        out.append(String.format(Locale.ROOT, "EVs per public point %s with commuter EVs, %s without; ratio methods (city EVs):"
                        + " 10:1 → %,d, 14:1 → %,d, 23:1 → %,d points%n",
                c.allEvsPerPublicPoint() == null ? "-" : String.format(Locale.ROOT, "%.1f", c.allEvsPerPublicPoint()),
                c.evsPerPublicPoint() == null ? "-" : String.format(Locale.ROOT, "%.1f", c.evsPerPublicPoint()),
                c.pointsAt10To1(), c.pointsAt14To1(), c.pointsAt23To1()));
        out.append(c.installedPublicPoints() == null ? "Installed public points: unknown\n"
                : String.format(Locale.ROOT, "Installed public points %,d (%s): gap %,d%n",
                        c.installedPublicPoints(), c.installedSource(), c.gapPublicPoints()));
        out.append(String.format(Locale.ROOT, "Transformers overloaded: %d of %d%n%n", c.overloadedTransformers(), c.transformers()));
        out.append(districtTable(r.districts()));
        out.append('\n').append(sizingTable(r.load().citySizing(), r.load().sizing()));
        out.append('\n').append(peaks(r));
        if (r.grid() != null) {
            out.append('\n').append(GridTable.render(r.grid()));
        }
        if (!r.load().hubs().isEmpty()) {
            out.append('\n').append(hubs(r.load().hubs()));
        }
        if (!r.unknownDistricts().isEmpty()) {
            out.append("\nWarning: the measured network names districts this scenario does not know: ")
                    .append(String.join(", ", r.unknownDistricts())).append('\n');
        }
        return out.toString();
    }

    static String districtTable(List<DistrictRow> rows) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-24s %7s %7s %6s %5s %6s %7s %9s %9s %6s %7s %7s %9s%n",
                "district", "EVs", "MWh/d", "AC", "DC", "work", "home", "pub kW", "AFIR kW", "EV/pt", "gap AC", "gap DC", "trafo>S"));
        for (DistrictRow row : rows) {
            DistrictDemand d = row.demand();
            t.append(String.format(Locale.ROOT, "%-24s %,7.0f %7.1f %,6d %,5d %,6d %,7d %,9.0f %,9.0f %6s %7s %7s %9s%n",
                    d.district().length() > 24 ? d.district().substring(0, 24) : d.district(),
                    d.vehicles().evs(), d.energyKwhPerDay().total() / 1000, d.ports().publicAc(), d.ports().publicDc(),
                    d.ports().work(), d.ports().home(), d.publicKw(), d.afirKw(),
                    d.evsPerPublicPoint() == null ? "-" : String.format(Locale.ROOT, "%.1f", d.evsPerPublicPoint()),
                    row.gap() == null ? "?" : Long.toString(row.gap().gapAcPorts()),
                    row.gap() == null ? "?" : Long.toString(row.gap().gapDcPorts()),
                    d.overloadedTransformers() + "/" + d.transformerCount()));
        }
        return t.toString();
    }

    /**
     * Points sized by occupancy and service level, city first, then each district pool; every column is
     * named for what it measures.
     */
    static String sizingTable(List<SiteSizing> city, List<SiteSizing> districts) {
        StringBuilder t = new StringBuilder("Points sized by occupancy and service level (chance of finding no free point"
                + " at the peak quarter hour):\n");
        t.append(String.format(Locale.ROOT, "%-24s %-9s %-13s %8s %6s %6s %7s %8s %8s %8s %8s %8s %8s%n", "district", "location",
                "peak at", "peak EVs", "Erlang", "points", "old pts", "P(no pt)", "sim wkdy", "sim wknd", "sim day", "occupied",
                "energy u"));
        for (List<SiteSizing> rows : List.of(city, districts)) {
            for (SiteSizing s : rows) {
                t.append(String.format(Locale.ROOT, "%-24s %-9s %-13s %8.1f %,6d %,6d %,7d %7.1f%% %7.1f%% %7.1f%% %7.1f%% %7.1f%% %7.1f%%%n",
                        s.district().length() > 24 ? s.district().substring(0, 24) : s.district(),
                        s.location().toLowerCase(Locale.ROOT).replace("public_", "pub "), s.peakSlot(), s.peakEvsPluggedIn(),
                        s.pointsErlang(), s.points(), s.pointsByEnergyUtilisation(), 100 * s.blockingErlang(),
                        100 * s.blockingSimulatedWeekdayPeak(), 100 * s.blockingSimulatedWeekendPeak(), 100 * s.blockingSimulatedAllDay(), 100 * s.occupancy(),
                        100 * s.energyUtilisation()));
            }
        }
        t.append("  peak EVs: mean cars plugged in at the busiest quarter hour if a point were always free; Erlang: points"
                + " by Erlang B;\n  points: raised where the simulation turns away more than the service level; old pts: energy /"
                + " (power · 24 h · target utilisation);\n  P(no pt): Erlang B with the Erlang count (city row: worst district);"
                + " sim wkdy / sim wknd / sim day: share of arriving cars\n  that found no free point in the simulation, in the"
                + " working-day / weekend peak hour / all day (city: worst district, all day: mean);\n"
                + "  occupied: time share a car is plugged in; energy u: energy / (points · power · 24 h)\n");
        return t.toString();
    }

    /** DC hubs: districts served, energy, points, and the weekday p99 peak against the grid connection. */
    static String hubs(List<HubResult> hubs) {
        StringBuilder t = new StringBuilder("DC hubs (each district's DC demand goes to the nearest hub):\n");
        t.append(String.format(Locale.ROOT, "%-32s %9s %6s %7s %10s %10s %10s  %s%n", "hub", "kWh/day", "points", "old pts",
                "unmanaged", "managed", "connection", "districts"));
        for (HubResult h : hubs) {
            t.append(String.format(Locale.ROOT, "%-32s %,9.0f %,6d %,7d %,8.0f kW %,7.0f kW %,7.0f kW%s  %s%n",
                    h.name().length() > 32 ? h.name().substring(0, 32) : h.name(), h.kwhPerDay(), h.sizing().points(),
                    h.sizing().pointsByEnergyUtilisation(), h.unmanagedPeakKw(), h.managedPeakKw(), h.gridConnectionKw(),
                    h.connectionExceededUnmanaged() ? "!" : " ", String.join(", ", h.districts())));
        }
        t.append("  peaks: weekday p99; ! = the unmanaged peak exceeds the grid connection (managed charging keeps within it)\n");
        return t.toString();
    }

    static String peaks(PlanningResult r) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "City load peaks over %d simulated days (seed %d), weekday p99:%n",
                r.load().days(), r.load().seed()));
        for (SiteLoad s : r.load().city()) {
            t.append(String.format(Locale.ROOT, "  %-10s unmanaged %,9.0f kW, managed %,9.0f kW (site limits %,9.0f kW);"
                            + " not delivered before departure: %.1f %% unmanaged, %.1f %% managed%n",
                    s.location().name().toLowerCase(), weekdayPeak(s.unmanaged()), weekdayPeak(s.managed()), s.siteLimitKw(),
                    share(s.unmanaged().unservedKwh(), s.demandedKwh()), share(s.managed().unservedKwh(), s.demandedKwh())));
        }
        return t.toString();
    }

    private static double share(double part, double whole) {
        return whole > 0 ? 100 * part / whole : 0;
    }

    private static double weekdayPeak(SiteLoad.Outcome o) {
        return o.curves().stream().filter(c -> c.dayType() == de.ladewerk.planning.load.DayType.WEEKDAY)
                .mapToDouble(LoadCurve::peakP99Kw).max().orElse(0);
    }
}
