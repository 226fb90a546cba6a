package de.ladewerk.planning.measured;

/**
 * How the installed public connectors of one district and current type were used over a recent window.
 *
 * <p>Hour-of-day arrays have 24 values, index 0 = 00:00–00:59 local time (Europe/Berlin).
 *
 * @param district                district name
 * @param current                 AC or DC
 * @param days                    days in the measured window
 * @param sessionsPerPortPerDay   sessions started per connector and day
 * @param energyKwhPerDay         energy delivered per day, all connectors together, kWh
 * @param peakPowerKw             highest 15-minute mean power of all connectors together, kW
 * @param occupancyWeekday        share of connectors occupied (plugged in) per hour on working days, 0..1
 * @param occupancyWeekend        the same on Saturdays and Sundays
 * @param startsWeekday           sessions started per hour of day on working days, summed over the window
 * @param startsWeekend           the same on Saturdays and Sundays
 * @param medianDwellHours        median time from plug-in to plug-out, hours
 * @param meanEnergyPerSessionKwh mean energy per session, kWh
 */
public record MeasuredUse(
        String district,
        CurrentType current,
        int days,
        double sessionsPerPortPerDay,
        double energyKwhPerDay,
        double peakPowerKw,
        double[] occupancyWeekday,
        double[] occupancyWeekend,
        double[] startsWeekday,
        double[] startsWeekend,
        double medianDwellHours,
        double meanEnergyPerSessionKwh) {

    /** Sessions counted in the window (both day types). */
    public double sessions() {
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += startsWeekday[h] + startsWeekend[h];
        }
        return sum;
    }
}
