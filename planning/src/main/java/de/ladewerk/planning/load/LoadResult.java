package de.ladewerk.planning.load;

import java.util.List;

/**
 * The load simulation's result.
 *
 * @param days      simulated days
 * @param seed      the seed used; the same seed reproduces the result
 * @param city      city-wide sums per location type
 * @param districts per district and location type; empty when district curves were not requested
 */
public record LoadResult(int days, long seed, List<SiteLoad> city, List<SiteLoad> districts) {
}
