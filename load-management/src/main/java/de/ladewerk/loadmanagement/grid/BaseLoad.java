package de.ladewerk.loadmanagement.grid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A site's load that is not EV charging (buildings, street lights, heat pumps), in kW, assumed
 * balanced over the three phases. {@link #kwAt} is what the allocator subtracts now;
 * {@link #worstCaseKw} is what the fail-safe profiles must leave room for while nobody measures.
 */
public sealed interface BaseLoad permits BaseLoad.Fixed, BaseLoad.Schedule, BaseLoad.Live {

    BaseLoad NONE = new Fixed(0);

    double kwAt(Instant now);

    double worstCaseKw();

    /** Amperes per phase of a balanced load of {@code kw}. */
    static double ampsPerPhase(double kw) {
        return kw * 1000 / (3 * Phase.NOMINAL_VOLTS);
    }

    /** The same load at every moment. */
    record Fixed(double kw) implements BaseLoad {
        public Fixed {
            requireLoad(kw);
        }

        @Override
        public double kwAt(Instant now) {
            return kw;
        }

        @Override
        public double worstCaseKw() {
            return kw;
        }
    }

    /** A daily profile in local time: each entry holds from its time until the next (wrapping at midnight). */
    record Schedule(ZoneId zone, List<Entry> entries) implements BaseLoad {
        public Schedule {
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("a base-load schedule needs at least one entry");
            }
            entries = entries.stream().sorted(Comparator.comparing(Entry::from)).toList();
        }

        @Override
        public double kwAt(Instant now) {
            LocalTime t = now.atZone(zone).toLocalTime();
            Entry current = entries.get(entries.size() - 1); // before the first entry: yesterday's last
            for (Entry e : entries) {
                if (!e.from().isAfter(t)) {
                    current = e;
                }
            }
            return current.kw();
        }

        @Override
        public double worstCaseKw() {
            return entries.stream().mapToDouble(Entry::kw).max().orElse(0);
        }

        /** From {@code from} (local time) on, the load is {@code kw}. */
        public record Entry(LocalTime from, double kw) {
            public Entry {
                requireLoad(kw);
            }
        }
    }

    /**
     * A value pushed from a meter, valid for {@code maxAge}; older, the {@code fallback} holds. The fail-safe
     * uses the fallback's worst case, because nobody pushes values while Ladewerk is down.
     */
    record Live(double kw, Instant measuredAt, Duration maxAge, BaseLoad fallback) implements BaseLoad {
        public Live {
            requireLoad(kw);
            if (fallback instanceof Live) {
                throw new IllegalArgumentException("a live base load falls back to a fixed value or a schedule");
            }
        }

        @Override
        public double kwAt(Instant now) {
            boolean fresh = !measuredAt.isAfter(now.plusSeconds(60)) && Duration.between(measuredAt, now).compareTo(maxAge) <= 0;
            return fresh ? kw : fallback.kwAt(now);
        }

        @Override
        public double worstCaseKw() {
            return fallback.worstCaseKw();
        }
    }

    private static void requireLoad(double kw) {
        if (!(kw >= 0) || Double.isInfinite(kw)) {
            throw new IllegalArgumentException("a base load must be a finite number of kW >= 0: " + kw);
        }
    }
}
