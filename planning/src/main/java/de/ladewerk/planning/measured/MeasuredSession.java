package de.ladewerk.planning.measured;

import java.time.LocalDateTime;

/**
 * One finished charging session on a public connector, in local time (Europe/Berlin).
 *
 * @param stationId station identity
 * @param district  the station's district
 * @param current   AC or DC
 * @param start     plug-in
 * @param end       plug-out
 * @param kwh       energy delivered
 * @param powerKw   power drawn while charging (assumed constant until the energy is delivered)
 */
public record MeasuredSession(String stationId, String district, CurrentType current,
                             LocalDateTime start, LocalDateTime end, double kwh, double powerKw) {
}
