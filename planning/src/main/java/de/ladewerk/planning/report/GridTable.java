package de.ladewerk.planning.report;

import de.ladewerk.planning.grid.GridResult;
import java.util.List;
import java.util.Locale;

/** The grid check as text: the counts, then every overloaded transformer and feeder with its quarter hours. */
final class GridTable {

    private GridTable() {
    }

    static String render(GridResult g) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "Grid check (%s; %s):%n  transformers overloaded: %d of %d unmanaged, %d managed;"
                        + " feeders overloaded: %d of %d unmanaged, %d managed%n",
                g.source(), g.curve(), g.overloadedTransformersUnmanaged(), g.transformers().size(),
                g.overloadedTransformersManaged(), g.overloadedFeedersUnmanaged(), g.feeders().size(),
                g.overloadedFeedersManaged()));
        t.append(String.format(Locale.ROOT, "  %-16s %-24s %8s %9s %10s %10s  %s%n", "id", "district", "rating", "base kW",
                "unmanaged", "managed", "overloaded quarter hours (unmanaged | managed)"));
        for (List<GridResult.Element> rows : List.of(g.transformers(), g.feeders())) {
            for (GridResult.Element e : rows) {
                if (e.overloadedSlotsUnmanaged().isEmpty() && e.overloadedSlotsManaged().isEmpty()) {
                    continue;
                }
                t.append(String.format(Locale.ROOT, "  %-16s %-24s %,8.0f %,9.0f %,7.0f kW %,7.0f kW  %s | %s%n", e.id(),
                        e.district() == null ? "(feeder)" : e.district().length() > 24 ? e.district().substring(0, 24) : e.district(),
                        e.ratingKva(), e.basePeakKw(), e.peakKwUnmanaged(), e.peakKwManaged(),
                        span(e.overloadedSlotsUnmanaged()), span(e.overloadedSlotsManaged())));
            }
        }
        if (!g.districtsWithoutTransformers().isEmpty()) {
            t.append("  Warning: no transformer in the grid file for ").append(String.join(", ", g.districtsWithoutTransformers()))
                    .append("; their charging load is placed nowhere\n");
        }
        if (!g.unknownDistricts().isEmpty()) {
            t.append("  Warning: the grid file names districts the scenario does not know: ")
                    .append(String.join(", ", g.unknownDistricts())).append('\n');
        }
        return t.toString();
    }

    /** "17:00–21:45 (16)" for a list of quarter hours; "-" for none. */
    private static String span(List<String> slots) {
        return slots.isEmpty() ? "-" : slots.get(0) + "–" + slots.get(slots.size() - 1) + " (" + slots.size() + ")";
    }
}
