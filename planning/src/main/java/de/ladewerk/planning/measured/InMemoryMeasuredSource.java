package de.ladewerk.planning.measured;

import java.util.List;

/**
 * A measured network held in memory: for tests, and for installed-network exports read from a file.
 *
 * @param installedPorts installed public connectors
 * @param measuredUse    measured use; may be empty when only the installed network is known
 */
public record InMemoryMeasuredSource(List<InstalledPort> installedPorts, List<MeasuredUse> measuredUse)
        implements MeasuredNetworkSource {

    public InMemoryMeasuredSource {
        installedPorts = List.copyOf(installedPorts);
        measuredUse = List.copyOf(measuredUse);
    }
}
