package de.ladewerk.planning.measured;

import de.ladewerk.planning.load.CalibratedProfile;
import java.util.List;
import java.util.Optional;

/**
 * Fits a city-wide public session profile from the measured districts: starts per hour are summed,
 * dwell and energy are averaged weighted by sessions. Pooled across districts because one district's
 * few sessions would be mostly noise.
 */
final class Calibration {

    private Calibration() {
    }

    static Optional<CalibratedProfile> fit(List<MeasuredUse> uses, CurrentType current) {
        double[] weekday = new double[24];
        double[] weekend = new double[24];
        double sessions = 0;
        double dwell = 0;
        double energy = 0;
        for (MeasuredUse u : uses) {
            if (u.current() != current) {
                continue;
            }
            double n = u.sessions();
            for (int h = 0; h < 24; h++) {
                weekday[h] += u.startsWeekday()[h];
                weekend[h] += u.startsWeekend()[h];
            }
            sessions += n;
            dwell += n * u.medianDwellHours();
            energy += n * u.meanEnergyPerSessionKwh();
        }
        if (sessions < MeasuredBaseline.MIN_SESSIONS_TO_CALIBRATE || sum(weekday) == 0 || sum(weekend) == 0) {
            return Optional.empty();
        }
        return Optional.of(new CalibratedProfile(weekday, weekend, dwell / sessions, energy / sessions));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
