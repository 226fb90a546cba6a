package de.ladewerk.billing.tariff;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a tariff element applies (OCPI TariffRestrictions). Every field is optional ({@code null});
 * all set fields must hold. Lower bounds are inclusive, upper bounds exclusive, as OCPI defines them.
 * A time window whose end is before its start crosses midnight (22:00–06:00).
 *
 * @param startTime   local time of day, inclusive
 * @param endTime     local time of day, exclusive
 * @param startDate   local date, inclusive
 * @param endDate     local date, exclusive
 * @param minKwh      energy charged so far in the session, inclusive
 * @param maxKwh      energy charged so far in the session, exclusive
 * @param minCurrent  amperes, inclusive
 * @param maxCurrent  amperes, exclusive
 * @param minPower    kW, inclusive
 * @param maxPower    kW, exclusive
 * @param minDuration seconds since session start, inclusive
 * @param maxDuration seconds since session start, exclusive
 * @param daysOfWeek  local weekdays; empty means every day
 */
public record TariffRestrictions(
        LocalTime startTime, LocalTime endTime, LocalDate startDate, LocalDate endDate,
        BigDecimal minKwh, BigDecimal maxKwh, BigDecimal minCurrent, BigDecimal maxCurrent,
        BigDecimal minPower, BigDecimal maxPower, Long minDuration, Long maxDuration,
        Set<DayOfWeek> daysOfWeek) {

    public static final TariffRestrictions NONE = new TariffRestrictions(
            null, null, null, null, null, null, null, null, null, null, null, null, Set.of());

    public TariffRestrictions {
        daysOfWeek = daysOfWeek == null || daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
    }

    public TariffRestrictions timeOfDay(LocalTime from, LocalTime until) {
        return new TariffRestrictions(from, until, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek);
    }

    public TariffRestrictions dates(LocalDate from, LocalDate until) {
        return new TariffRestrictions(startTime, endTime, from, until, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek);
    }

    public TariffRestrictions kwh(BigDecimal min, BigDecimal max) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, min, max, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek);
    }

    public TariffRestrictions current(BigDecimal min, BigDecimal max) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, min, max,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek);
    }

    public TariffRestrictions power(BigDecimal minKw, BigDecimal maxKw) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minKw, maxKw, minDuration, maxDuration, daysOfWeek);
    }

    public TariffRestrictions duration(Long minSeconds, Long maxSeconds) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minSeconds, maxSeconds, daysOfWeek);
    }

    public TariffRestrictions days(DayOfWeek... days) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, Set.of(days));
    }

    /** Whether no restriction is set: such an element is a default. */
    public boolean isUnrestricted() {
        return equals(NONE);
    }

    /** Whether every set restriction holds in the given state. */
    public boolean matches(ChargingState s) {
        return timeOfDayMatches(s.localTime().toLocalTime())
                && (startDate == null || !s.localTime().toLocalDate().isBefore(startDate))
                && (endDate == null || s.localTime().toLocalDate().isBefore(endDate))
                && (daysOfWeek.isEmpty() || daysOfWeek.contains(s.localTime().getDayOfWeek()))
                && inRange(s.energyWh() / 1000.0, minKwh, maxKwh)
                && inRange(s.elapsedMillis() / 1000.0, minDuration, maxDuration)
                && inRange(s.powerKw(), minPower, maxPower)
                && inRange(s.currentAmperes(), minCurrent, maxCurrent);
    }

    private boolean timeOfDayMatches(LocalTime t) {
        boolean afterStart = startTime == null || !t.isBefore(startTime);
        boolean beforeEnd = endTime == null || t.isBefore(endTime);
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            return afterStart || beforeEnd; // window across midnight
        }
        return afterStart && beforeEnd;
    }

    /** Inclusive lower, exclusive upper bound; an unknown value (NaN) fails any set bound. */
    private static boolean inRange(double value, Number min, Number max) {
        if (min == null && max == null) {
            return true;
        }
        if (Double.isNaN(value)) {
            return false;
        }
        return (min == null || value >= min.doubleValue()) && (max == null || value < max.doubleValue());
    }
}
