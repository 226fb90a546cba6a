package de.ladewerk.ocpp.json;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A fast reader for the one timestamp shape stations nearly always send, {@code 2026-11-21T09:00:00Z} with
 * an optional fraction of 1 to 9 digits. {@code java.time}'s formatters read it too, but cost about a
 * microsecond and a dozen objects each, twice per sampled value (validation and binding).
 *
 * <p>Only text in exactly this shape with valid field values is read here; for anything else (offsets,
 * lower-case letters, no seconds, …) {@link #parse} answers {@code null} and the caller uses the full
 * formatter, so what is accepted, and as which instant, is the same as before.
 */
public final class UtcTimestamps {

    private static final int SHORTEST = "2026-11-21T09:00:00Z".length();
    private static final int LONGEST = "2026-11-21T09:00:00.123456789Z".length();

    private UtcTimestamps() {
    }

    /** The instant, or {@code null} when the text is not in the common UTC shape (it may still be valid). */
    public static Instant parse(String s) {
        int n = s.length();
        if (n < SHORTEST || n > LONGEST || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        int nanos = 0;
        if (n > SHORTEST) {
            int fractionDigits = n - SHORTEST - 1;
            if (s.charAt(19) != '.' || fractionDigits < 1) {
                return null;
            }
            nanos = digits(s, 20, fractionDigits);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The value of {@code count} ASCII digits from {@code from}, or -1 if one is no digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
