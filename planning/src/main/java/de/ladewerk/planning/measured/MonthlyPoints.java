package de.ladewerk.planning.measured;

import java.time.YearMonth;

/**
 * The measured network in one district in one month, for the actual-against-target view.
 *
 * @param district        district name (the scenario's)
 * @param month           calendar month in the configured zone
 * @param installedPoints public points (EVSEs of accepted stations) that existed at the end of the month
 * @param usedPoints      of which points with at least one session that started in the month
 */
public record MonthlyPoints(String district, YearMonth month, long installedPoints, long usedPoints) {
}
