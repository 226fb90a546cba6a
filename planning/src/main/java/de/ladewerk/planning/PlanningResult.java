package de.ladewerk.planning;

import de.ladewerk.planning.grid.GridResult;
import de.ladewerk.planning.load.LoadResult;
import de.ladewerk.planning.scenario.Scenario;
import java.util.List;
import java.util.Set;

/**
 * Everything one scenario run produced; records only, so the HTTP API can serialise it with Jackson.
 *
 * @param scenario          the scenario as run (with its sources)
 * @param city              city-wide totals
 * @param districts         one row per district, in scenario order
 * @param load              load curves (city always; districts when requested)
 * @param measured          whether a measured network was used
 * @param calibrated        locations whose session profiles came from measurement instead of assumptions
 * @param unknownDistricts  districts in the measured network that the scenario does not know
 * @param grid              the check of transformers and feeders from a grid file; {@code null} without one
 */
public record PlanningResult(Scenario scenario, CitySummary city, List<DistrictRow> districts, LoadResult load,
                             boolean measured, Set<String> calibrated, Set<String> unknownDistricts, GridResult grid) {
}
