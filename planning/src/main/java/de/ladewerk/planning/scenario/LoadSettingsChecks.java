package de.ladewerk.planning.scenario;

import java.util.List;

/** Range checks for the load simulation settings; part of {@link ScenarioValidator}. */
final class LoadSettingsChecks {

    private LoadSettingsChecks() {
    }

    static void check(FieldChecks c, LoadSettings l) {
        if (l.days() < 7) {
            c.fail("load.days", "must be at least 7 so that weekdays and weekends both occur, got " + l.days());
        }
        profile(c, l.home(), "load.home");
        profile(c, l.work(), "load.work");
        profile(c, l.publicAc(), "load.publicAc");
        profile(c, l.publicDc(), "load.publicDc");
    }

    private static void profile(FieldChecks c, LocationProfile p, String path) {
        if (!c.present(p, path)) {
            return;
        }
        arrivals(c, p.weekdayArrivals(), path + ".weekdayArrivals");
        arrivals(c, p.weekendArrivals(), path + ".weekendArrivals");
        c.positive(p.dwellMedianHours(), path + ".dwellMedianHours");
        c.nonNegative(p.dwellSigma(), path + ".dwellSigma");
        c.positive(p.energyPerSessionKwh(), path + ".energyPerSessionKwh");
        c.nonNegative(p.energySigma(), path + ".energySigma");
        c.nonNegative(p.weekendEnergyFactor(), path + ".weekendEnergyFactor");
    }

    private static void arrivals(FieldChecks c, List<ArrivalPeak> peaks, String path) {
        if (!c.present(peaks, path)) {
            return;
        }
        if (peaks.isEmpty()) {
            c.fail(path, "needs at least one peak");
        }
        for (int i = 0; i < peaks.size(); i++) {
            ArrivalPeak a = peaks.get(i);
            String p = path + "[" + i + "]";
            if (!(a.hour() >= 0 && a.hour() <= 24)) {
                c.fail(p + ".hour", "must lie between 0 and 24, got " + a.hour());
            }
            if (!(a.sdHours() > 0)) {
                c.fail(p + ".sdHours", "must be greater than 0, got " + a.sdHours());
            }
            if (!(a.weight() > 0)) {
                c.fail(p + ".weight", "must be greater than 0, got " + a.weight());
            }
            if (a.source() == null || a.source().isBlank()) {
                c.fail(p + ".source", "is missing; name the source or write 'assumption'");
            }
        }
    }
}
