package de.ladewerk.planning;

import de.ladewerk.planning.measured.DistrictBaseline;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.model.DistrictGap;

/**
 * One district's line of the result.
 *
 * @param demand   what the scenario needs there
 * @param gap      distance to the installed network; {@code null} when no measured network was given
 * @param baseline the measured network and its use; {@code null} when no measured network was given
 */
public record DistrictRow(DistrictDemand demand, DistrictGap gap, DistrictBaseline baseline) {
}
