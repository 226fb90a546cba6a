package de.ladewerk.app.planning;

import java.time.ZoneId;

/**
 * How the application measures its own network for planning.
 *
 * @param measuredDays   length of the measured window in complete local days, ending yesterday
 * @param zone           local time for days, hours of day and weekdays (the stations' zone)
 * @param defaultAcPowerKw power assumed for an AC connector whose station never metered power
 */
public record PlanningConfig(int measuredDays, ZoneId zone, double defaultAcPowerKw) {

    public PlanningConfig {
        if (measuredDays < 1 || measuredDays > 3660) {
            throw new IllegalArgumentException("planning.measuredDays must be 1–3660, is " + measuredDays);
        }
        if (!(defaultAcPowerKw > 0)) {
            throw new IllegalArgumentException("planning.defaultAcPowerKw must be positive, is " + defaultAcPowerKw);
        }
    }
}
