package de.ladewerk.planning.cli;

import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.report.ComparisonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The common ending of sweep and compare: print the runs side by side and write their files. */
final class SideBySide {

    private SideBySide() {
    }

    static int report(PrintWriter out, List<String> columns, List<PlanningResult> results, Path dir) throws IOException {
        out.print(ComparisonReport.table(columns, results));
        ComparisonReport.write(columns, results, dir);
        out.println("\nWrote comparison.csv and public-points-per-district.svg to " + dir.toAbsolutePath());
        out.flush();
        return ExitCodes.OK;
    }
}
