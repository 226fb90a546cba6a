package de.ladewerk.planning.load;

/**
 * Session behaviour measured on the real network, replacing a location's assumed profile.
 *
 * @param weekdayStartsPerHour sessions started per hour of day on working days (24 values)
 * @param weekendStartsPerHour sessions started per hour of day on weekends (24 values)
 * @param dwellMedianHours     median plug-in time, hours
 * @param energyMeanKwh        mean energy per session, kWh
 */
public record CalibratedProfile(double[] weekdayStartsPerHour, double[] weekendStartsPerHour,
                                double dwellMedianHours, double energyMeanKwh) {
}
