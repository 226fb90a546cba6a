package de.ladewerk.planning.load;

/**
 * Everything the simulation needs for one location type in one district.
 *
 * @param location            where
 * @param weekdayKwh          energy wanted on a working day, kWh
 * @param weekendKwh          energy wanted on a weekend day, kWh
 * @param powerKw             power a car draws, kW
 * @param siteLimitShare      managed charging: the site limit as a share of points · power
 * @param points              points before sizing: home points (one per EV with access), elsewhere the
 *                            energy-utilisation count of the demand model
 * @param serviceLevel        largest accepted chance of finding no free point; {@code null} for home
 *                            charging, which is sized by access, not by queueing
 * @param gridConnectionKw    a cap on the managed site limit (a hub's grid connection), kW; {@code null}: none
 * @param weekdayArrivals     start times on working days
 * @param weekendArrivals     start times on weekend days
 * @param dwellMedianHours    median plug-in time, hours
 * @param dwellSigma          log-normal spread of plug-in time
 * @param energyMeanKwh       mean energy wanted per session, kWh
 * @param energySigma         log-normal spread of energy per session
 */
public record SiteInput(
        LocationType location,
        double weekdayKwh,
        double weekendKwh,
        double powerKw,
        double siteLimitShare,
        long points,
        Double serviceLevel,
        Double gridConnectionKw,
        ArrivalDistribution weekdayArrivals,
        ArrivalDistribution weekendArrivals,
        double dwellMedianHours,
        double dwellSigma,
        double energyMeanKwh,
        double energySigma) {

    /** Working-day and weekend energy such that a week holds seven average days. */
    public static double[] weekdayAndWeekendKwh(double averageKwh, double weekendFactor) {
        double weekday = 7 * averageKwh / (5 + 2 * weekendFactor);
        return new double[] {weekday, weekday * weekendFactor};
    }
}
