package de.ladewerk.gateway.query;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Read port for actual against target: how many EVSEs the network had and how many were used, per district
 * and local calendar month. The gateway owns the stations, connectors and sessions behind it. Blocking
 * (JDBC): call from worker threads.
 */
public interface MonthlyPointsQueries {

    /**
     * One district in one month.
     *
     * @param installed EVSEs (EVSE 0 left out) of accepted stations first seen before the month ended
     * @param used      distinct EVSEs with a session that started in the month
     */
    record Month(String district, YearMonth month, long installed, long used) {
    }

    /**
     * Months {@code from} to {@code to} inclusive, local months in {@code zone}, ordered by month and district;
     * district-months with neither installed nor used EVSEs are left out.
     *
     * @param noDistrict the district reported for stations without one
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    List<Month> monthly(YearMonth from, YearMonth to, ZoneId zone, String noDistrict);
}
