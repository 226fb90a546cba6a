package de.ladewerk.planning.load;

import de.ladewerk.planning.scenario.Coordinates;
import de.ladewerk.planning.sizing.SiteSizing;
import java.util.List;

/**
 * One DC hub: which districts it serves, how many points it needs and whether its grid connection holds.
 *
 * @param name                       the hub's name
 * @param site                       where it is
 * @param gridConnectionKw           its grid connection, kW
 * @param districts                  districts whose DC demand goes here (nearest hub by straight-line distance)
 * @param kwhPerDay                  DC energy per average day, kWh
 * @param sizing                     points by occupancy and service level
 * @param unmanagedPeakKw            weekday p99 peak with every car at full power, kW
 * @param managedPeakKw              weekday p99 peak with the site limit (never above the grid connection), kW
 * @param connectionExceededUnmanaged whether the unmanaged peak exceeds the grid connection
 */
public record HubResult(String name, Coordinates site, double gridConnectionKw, List<String> districts,
                        double kwhPerDay, SiteSizing sizing, double unmanagedPeakKw, double managedPeakKw,
                        boolean connectionExceededUnmanaged) {
}
