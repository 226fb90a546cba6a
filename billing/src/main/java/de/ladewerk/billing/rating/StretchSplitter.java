package de.ladewerk.billing.rating;

import de.ladewerk.billing.tariff.ChargingState;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffRestrictions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an energy series into stretches at every point where a restriction of the tariff could change
 * its verdict: local times of day (and midnight, for dates and weekdays), elapsed durations and energy
 * thresholds. Energy between two samples is taken to grow linearly; a stretch's share is floored to
 * whole Wh so that the stretches add up exactly to the sample deltas.
 */
final class StretchSplitter {

    private final ZoneId zone;
    private final LocalTime[] cutTimes;
    private final long[] durationCutsMillis;
    private final long[] energyCutsWh;

    StretchSplitter(Tariff tariff, ZoneId zone) {
        this.zone = zone;
        TreeSet<LocalTime> times = new TreeSet<>(List.of(LocalTime.MIDNIGHT));
        TreeSet<Long> durations = new TreeSet<>();
        TreeSet<Long> energies = new TreeSet<>();
        tariff.elements().forEach(e -> {
            TariffRestrictions r = e.restrictions();
            addIfSet(times, r.startTime());
            addIfSet(times, r.endTime());
            addSeconds(durations, r.minDuration());
            addSeconds(durations, r.maxDuration());
            addKwh(energies, r.minKwh());
            addKwh(energies, r.maxKwh());
        });
        this.cutTimes = times.toArray(LocalTime[]::new);
        this.durationCutsMillis = durations.stream().mapToLong(Long::longValue).toArray();
        this.energyCutsWh = energies.stream().mapToLong(Long::longValue).toArray();
    }

    /** Splits the interval series; {@code times[i]} in epoch millis, {@code energy[i]} Wh since start. */
    List<Stretch> split(EnergySeries series) {
        List<Stretch> out = new ArrayList<>();
        long sessionStart = series.startMillis();
        for (int i = 1; i < series.size(); i++) {
            long ta = series.time(i - 1);
            long tb = series.time(i);
            long ea = series.energy(i - 1);
            long de = series.energy(i) - ea;
            if (tb <= ta) {
                if (de > 0) { // energy without elapsed time (samples at one instant): keep every Wh
                    out.add(stretch(ta, ta, ea, ea + de, true, sessionStart, Double.NaN, series.current(i)));
                }
                continue;
            }
            double powerKw = de * 3600.0 / (tb - ta);
            double current = series.current(i);
            TreeSet<Long> cuts = cutsWithin(ta, tb, ea, de, sessionStart);
            long s = ta;
            long es = ea;
            for (long cut : cuts) {
                long ee = energyAt(ta, tb, ea, de, cut);
                out.add(stretch(s, cut, es, ee, de > 0, sessionStart, powerKw, current));
                s = cut;
                es = ee;
            }
            out.add(stretch(s, tb, es, ea + de, de > 0, sessionStart, powerKw, current));
        }
        return out;
    }

    private Stretch stretch(long s, long e, long es, long ee, boolean charging, long sessionStart,
                            double powerKw, double current) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(s), zone);
        return new Stretch(s, e, ee - es, charging, new ChargingState(local, es, s - sessionStart, powerKw, current));
    }

    private TreeSet<Long> cutsWithin(long ta, long tb, long ea, long de, long sessionStart) {
        TreeSet<Long> cuts = new TreeSet<>();
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochMilli(ta), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli(tb), zone);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            for (LocalTime t : cutTimes) {
                addInside(cuts, ZonedDateTime.of(d, t, zone).toInstant().toEpochMilli(), ta, tb);
            }
        }
        for (long dur : durationCutsMillis) {
            addInside(cuts, sessionStart + dur, ta, tb);
        }
        for (long threshold : energyCutsWh) {
            if (de > 0 && threshold > ea && threshold < ea + de) {
                // first millisecond at which the interpolated register reaches the threshold
                long offset = ceilDiv((threshold - ea) * (tb - ta), de);
                addInside(cuts, ta + offset, ta, tb);
            }
        }
        return cuts;
    }

    private static long energyAt(long ta, long tb, long ea, long de, long t) {
        return ea + Math.floorDiv(de * (t - ta), tb - ta);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static void addInside(TreeSet<Long> cuts, long t, long ta, long tb) {
        if (t > ta && t < tb) {
            cuts.add(t);
        }
    }

    private static void addIfSet(TreeSet<LocalTime> set, LocalTime t) {
        if (t != null) {
            set.add(t);
        }
    }

    private static void addSeconds(TreeSet<Long> set, Long seconds) {
        if (seconds != null) {
            set.add(seconds * 1000);
        }
    }

    private static void addKwh(TreeSet<Long> set, java.math.BigDecimal kwh) {
        if (kwh != null) {
            set.add(kwh.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact());
        }
    }
}
