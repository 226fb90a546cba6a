package de.ladewerk.planning.load;

import de.ladewerk.planning.sizing.SiteSizing;
import java.util.List;

/**
 * The load simulation's result.
 *
 * @param days      simulated days
 * @param seed      the seed used; the same seed reproduces the result
 * @param city      city-wide sums per location type
 * @param districts per district and location type; empty when district curves were not requested
 * @param sizing    points sized by occupancy and service level, per district and location type (not home)
 * @param citySizing the same added up per location type for the whole city (DC: districts or hubs)
 * @param hubs      DC hubs with their districts, points and grid connection check; empty without hubs
 */
public record LoadResult(int days, long seed, List<SiteLoad> city, List<SiteLoad> districts,
                         List<SiteSizing> sizing, List<SiteSizing> citySizing, List<HubResult> hubs) {
}
