package de.ladewerk.planning.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a scenario before the model sees it: every figure present, sourced, and in its range.
 *
 * <p>Problems are collected, not thrown one by one, and each names its field path, e.g.
 * {@code charging.publicShare.value: is a share and must lie between 0 and 1}.
 */
public final class ScenarioValidator {

    private ScenarioValidator() {
    }

    /** Returns the scenario unchanged, or throws a {@link ScenarioException} listing every problem. */
    public static Scenario validate(Scenario s) {
        FieldChecks c = new FieldChecks();
        if (s.name() == null || s.name().isBlank()) {
            c.fail("name", "is missing");
        }
        if (s.year() < 2000 || s.year() > 2100) {
            c.fail("year", "must be a calendar year between 2000 and 2100, got " + s.year());
        }
        if (s.installedPublicPoints() != null) {
            c.wholeNonNegative(s.installedPublicPoints(), "installedPublicPoints");
        }
        if (c.present(s.vehicles(), "vehicles")) {
            vehicles(c, s.vehicles(), s.year());
        }
        if (c.present(s.commuters(), "commuters")) {
            Commuters m = s.commuters();
            c.wholeNonNegative(m.inbound(), "commuters.inbound");
            c.share(m.carShare(), "commuters.carShare");
            c.nonNegative(m.kmPerDay(), "commuters.kmPerDay");
            c.share(m.publicShare(), "commuters.publicShare");
            trajectory(c, m.evShare(), "commuters.evShare", s.year());
        }
        if (c.present(s.charging(), "charging")) {
            charging(c, s.charging());
        }
        if (c.present(s.grid(), "grid")) {
            c.nonNegative(s.grid().householdPeakKw(), "grid.householdPeakKw");
            c.nonNegative(s.grid().evAfterDiversityKw(), "grid.evAfterDiversityKw");
            c.share(s.grid().cosPhi(), "grid.cosPhi");
        }
        if (c.present(s.load(), "load")) {
            LoadSettingsChecks.check(c, s.load());
        }
        districts(c, s.districts());
        hubs(c, s);
        if (!c.problems().isEmpty()) {
            throw new ScenarioException(c.problems());
        }
        return s;
    }

    private static void vehicles(FieldChecks c, Vehicles v, int year) {
        c.positive(v.carsPerThousandResidents(), "vehicles.carsPerThousandResidents");
        c.share(v.externalShare(), "vehicles.externalShare");
        c.share(v.bevShare(), "vehicles.bevShare");
        c.share(v.phevElectricShare(), "vehicles.phevElectricShare");
        c.nonNegative(v.kmPerDay(), "vehicles.kmPerDay");
        c.positive(v.kwhPerKm(), "vehicles.kwhPerKm");
        trajectory(c, v.evShare(), "vehicles.evShare", year);
    }

    private static void trajectory(FieldChecks c, ShareTrajectory t, String field, int year) {
        if (!c.present(t, field) || !c.present(t.points(), field + ".points")) {
            return;
        }
        List<YearShare> points = t.points();
        if (points.isEmpty()) {
            c.fail(field + ".points", "needs at least one year");
            return;
        }
        if (!t.covers(year)) {
            c.fail("year", year + " lies outside the years " + field + " states (" + t.firstYear() + "–" + t.lastYear()
                    + "); the model does not extrapolate: add a point for " + year + " or pick a year within");
        }
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            YearShare p = points.get(i);
            String path = field + ".points[" + i + "]";
            if (!years.add(p.year())) {
                c.fail(path + ".year", "year " + p.year() + " appears twice");
            }
            if (!(p.share() >= 0 && p.share() <= 1)) {
                c.fail(path + ".share", "is a share and must lie between 0 and 1 (0 % .. 100 %), got " + p.share());
            }
            if (p.source() == null || p.source().isBlank()) {
                c.fail(path + ".source", "is missing; name the source or write 'assumption'");
            }
        }
    }

    private static void charging(FieldChecks c, Charging g) {
        c.share(g.homeAccess(), "charging.homeAccess");
        c.share(g.workAccess(), "charging.workAccess");
        c.share(g.publicShare(), "charging.publicShare");
        c.share(g.publicAcShare(), "charging.publicAcShare");
        chargerClass(c, g.home(), "charging.home", false);
        chargerClass(c, g.work(), "charging.work", true);
        chargerClass(c, g.publicAc(), "charging.publicAc", true);
        chargerClass(c, g.publicDc(), "charging.publicDc", true);
        if (c.param(g.serviceLevel(), "charging.serviceLevel")
                && !(g.serviceLevel().value() > 0 && g.serviceLevel().value() < 1)) {
            c.fail("charging.serviceLevel.value", "is the largest accepted chance of finding no free point and must lie "
                    + "strictly between 0 and 1 (e.g. 0.05 for 5 %), got " + g.serviceLevel().value());
        }
    }

    private static void chargerClass(FieldChecks c, ChargerClass k, String path, boolean sizedByUse) {
        if (!c.present(k, path)) {
            return;
        }
        c.positive(k.powerKw(), path + ".powerKw");
        c.share(k.siteLimitShare(), path + ".siteLimitShare");
        if (sizedByUse) {
            c.share(k.utilisation(), path + ".utilisation");
            if (k.utilisation() != null && k.utilisation().value() == 0) {
                c.fail(path + ".utilisation.value", "must be greater than 0: ports are sized by it");
            }
        }
    }

    private static void hubs(FieldChecks c, Scenario s) {
        List<Hub> hubs = s.hubList();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < hubs.size(); i++) {
            Hub h = hubs.get(i);
            String path = "hubs[" + i + "]";
            if (h == null || h.name() == null || h.name().isBlank()) {
                c.fail(path + ".name", "is missing");
                continue;
            }
            if (!names.add(h.name())) {
                c.fail(path + ".name", "hub '" + h.name() + "' appears twice");
            }
            coordinates(c, h.site(), path + " (" + h.name() + ").site");
            c.positive(h.gridConnectionKw(), path + " (" + h.name() + ").gridConnectionKw");
        }
        if (hubs.isEmpty() || s.districts() == null) {
            return;
        }
        for (int i = 0; i < s.districts().size(); i++) {
            DistrictSpec d = s.districts().get(i);
            if (d != null && d.centre() == null) {
                c.fail("districts[" + i + "] (" + d.name() + ").centre", "is missing; with DC hubs every district needs"
                        + " its centre, so its DC demand can go to the nearest hub");
            }
        }
    }

    private static void coordinates(FieldChecks c, Coordinates p, String path) {
        if (!c.present(p, path)) {
            return;
        }
        if (!(p.lat() >= -90 && p.lat() <= 90) || !(p.lon() >= -180 && p.lon() <= 180)) {
            c.fail(path, "latitude must lie within ±90 and longitude within ±180 degrees, got " + p.lat() + ", " + p.lon());
        }
        if (p.source() == null || p.source().isBlank()) {
            c.fail(path + ".source", "is missing; name the source or write 'assumption'");
        }
    }

    private static void districts(FieldChecks c, List<DistrictSpec> districts) {
        if (!c.present(districts, "districts")) {
            return;
        }
        if (districts.isEmpty()) {
            c.fail("districts", "needs at least one district");
        }
        Set<String> names = new HashSet<>();
        double commuterShares = 0;
        for (int i = 0; i < districts.size(); i++) {
            DistrictSpec d = districts.get(i);
            String path = "districts[" + i + "]";
            if (d == null) {
                c.fail(path, "is empty");
                continue;
            }
            if (d.name() == null || d.name().isBlank()) {
                c.fail(path + ".name", "is missing");
            } else if (!names.add(d.name())) {
                c.fail(path + ".name", "district '" + d.name() + "' appears twice");
            } else {
                path = path + " (" + d.name() + ")";
            }
            c.wholeNonNegative(d.population(), path + ".population");
            if (d.homeAccess() != null) {
                c.share(d.homeAccess(), path + ".homeAccess");
            }
            c.share(d.commuterShare(), path + ".commuterShare");
            if (d.centre() != null) {
                coordinates(c, d.centre(), path + ".centre");
            }
            commuterShares += d.commuterShare() == null ? 0 : d.commuterShare().value();
            List<TransformerGroup> groups = d.transformers() == null ? List.of() : d.transformers();
            for (int t = 0; t < groups.size(); t++) {
                String tp = path + ".transformers[" + t + "]";
                c.wholeNonNegative(groups.get(t).count(), tp + ".count");
                c.positive(groups.get(t).ratingKva(), tp + ".ratingKva");
                c.nonNegative(groups.get(t).households(), tp + ".households"); // a mean per transformer
            }
        }
        if (Math.abs(commuterShares - 1) > 0.01 && !districts.isEmpty()) {
            c.fail("districts[*].commuterShare", "must add up to 1 (100 % of inbound commuters), got "
                    + String.format(java.util.Locale.ROOT, "%.3f", commuterShares));
        }
    }
}
