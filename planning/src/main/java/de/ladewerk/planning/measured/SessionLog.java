package de.ladewerk.planning.measured;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reference aggregation of sessions into {@link MeasuredUse}: the figures the app's SQL must return,
 * computed in plain Java. Tests and files use it directly; the app can check its queries against it
 * on a database filled with the same sessions.
 *
 * <p>Peak power assumes each session draws its power from plug-in until its energy is delivered; the
 * database version takes it from metered power in 15-minute buckets instead.
 */
public final class SessionLog {

    private SessionLog() {
    }

    /** Measured use per district and current type for the days {@code from} (inclusive) to {@code to} (exclusive). */
    public static List<MeasuredUse> aggregate(List<InstalledPort> ports, List<MeasuredSession> sessions,
                                              LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            throw new IllegalArgumentException("the window must hold at least one day: " + from + " .. " + to);
        }
        Map<String, List<MeasuredSession>> groups = new TreeMap<>();
        for (MeasuredSession s : sessions) {
            if (!s.start().toLocalDate().isBefore(from) && s.start().toLocalDate().isBefore(to)) {
                groups.computeIfAbsent(s.district() + "\u0000" + s.current(), k -> new ArrayList<>()).add(s);
            }
        }
        List<MeasuredUse> uses = new ArrayList<>();
        for (List<MeasuredSession> group : groups.values()) {
            MeasuredSession first = group.get(0);
            int connectors = ports.stream()
                    .filter(p -> p.district().equals(first.district()) && p.current() == first.current())
                    .mapToInt(InstalledPort::connectors).sum();
            uses.add(use(first.district(), first.current(), group, Math.max(1, connectors), from, days));
        }
        return uses;
    }

    private static MeasuredUse use(String district, CurrentType current, List<MeasuredSession> group,
                                   int connectors, LocalDate from, int days) {
        double[] startsWeekday = new double[24];
        double[] startsWeekend = new double[24];
        double[] minutesWeekday = new double[24];
        double[] minutesWeekend = new double[24];
        double[] bucketKwh = new double[(days + 2) * 96];
        double energy = 0;
        double[] dwellHours = new double[group.size()];
        for (int i = 0; i < group.size(); i++) {
            MeasuredSession s = group.get(i);
            (weekend(s.start()) ? startsWeekend : startsWeekday)[s.start().getHour()]++;
            energy += s.kwh();
            dwellHours[i] = ChronoUnit.SECONDS.between(s.start(), s.end()) / 3600.0;
            for (LocalDateTime t = s.start(); t.isBefore(s.end()); t = t.plusMinutes(1)) {
                (weekend(t) ? minutesWeekend : minutesWeekday)[t.getHour()]++;
            }
            spreadEnergy(s, from, bucketKwh);
        }
        Arrays.sort(dwellHours);
        double peakKw = Arrays.stream(bucketKwh).max().orElse(0) / 0.25;
        long weekendDays = from.datesUntil(from.plusDays(days)).filter(d -> weekend(d.atStartOfDay())).count();
        return new MeasuredUse(district, current, days, group.size() / (double) (connectors * days), energy / days, peakKw,
                occupancy(minutesWeekday, connectors, days - weekendDays), occupancy(minutesWeekend, connectors, weekendDays),
                startsWeekday, startsWeekend, median(dwellHours), energy / group.size());
    }

    /** Energy into 15-minute buckets at constant power from plug-in until delivered or unplugged. */
    private static void spreadEnergy(MeasuredSession s, LocalDate from, double[] buckets) {
        double remaining = s.kwh();
        long minute = ChronoUnit.MINUTES.between(from.atStartOfDay(), s.start());
        long endMinute = ChronoUnit.MINUTES.between(from.atStartOfDay(), s.end());
        double perMinute = s.powerKw() / 60;
        for (long m = minute; m < endMinute && remaining > 0 && m / 15 < buckets.length; m++) {
            double e = Math.min(perMinute, remaining);
            buckets[(int) (m / 15)] += e;
            remaining -= e;
        }
    }

    private static double[] occupancy(double[] minutes, int connectors, long days) {
        double[] share = new double[24];
        for (int h = 0; h < 24; h++) {
            share[h] = days == 0 ? 0 : minutes[h] / (connectors * 60.0 * days);
        }
        return share;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static boolean weekend(LocalDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
