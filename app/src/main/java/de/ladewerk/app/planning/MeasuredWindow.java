package de.ladewerk.app.planning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The measured window: the last {@code days} complete local days, ending with yesterday.
 *
 * @param from first day, inclusive
 * @param to   day after the last, exclusive (today)
 */
public record MeasuredWindow(LocalDate from, LocalDate to, ZoneId zone) {

    public static MeasuredWindow lastCompleteDays(int days, ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new MeasuredWindow(today.minusDays(days), today, zone);
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay());
    }

    public long weekendDays() {
        return from.datesUntil(to).filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY).count();
    }

    /** The window's first instant: midnight starting {@code from} in the zone. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The instant after the window: midnight starting {@code to} in the zone. */
    public Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }
}
