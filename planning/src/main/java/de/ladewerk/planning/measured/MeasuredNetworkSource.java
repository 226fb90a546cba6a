package de.ladewerk.planning.measured;

import java.util.List;

/**
 * The port through which planning sees Ladewerk's real network. Implemented in the app module with
 * time-bucketed queries over stations, sessions and meter values; {@link InMemoryMeasuredSource}
 * serves tests and files.
 *
 * <p>Implementations pick the measured window (e.g. the last 90 complete days) and report it in
 * {@link MeasuredUse#days()}. Only publicly accessible connectors belong here.
 */
public interface MeasuredNetworkSource {

    /** Every public connector group installed today, with its district. */
    List<InstalledPort> installedPorts();

    /** Measured use per district and current type over the window; districts without sessions may be absent. */
    List<MeasuredUse> measuredUse();
}
