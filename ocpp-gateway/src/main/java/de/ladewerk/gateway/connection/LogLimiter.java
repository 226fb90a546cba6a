package de.ladewerk.gateway.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one log line per key (e.g. a station) and window: a station sending garbage in a loop must not
 * fill the disk or drown the other stations' lines. The next line after a quiet window says how many
 * were left out.
 */
public final class LogLimiter {

    /** Returned by {@link #admit} when the line is to be left out. */
    public static final long SUPPRESS = -1;

    private static final LogLimiter PER_STATION_PER_MINUTE = new LogLimiter(Duration.ofMinutes(1), Clock.systemUTC());

    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        Instant start;
        long suppressed;

        Window(Instant start) {
            this.start = start;
        }
    }

    public LogLimiter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** The gateway's limiter for lines about a station's bad input: one a minute per station. */
    public static LogLimiter perStationPerMinute() {
        return PER_STATION_PER_MINUTE;
    }

    /**
     * Whether to log a line for {@code key} now: {@link #SUPPRESS}, or how many lines were left out since
     * the last one logged (to be said in this line).
     */
    public long admit(String key) {
        Instant now = clock.instant();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.start.plus(window).isBefore(now));
        }
        Window w = windows.computeIfAbsent(key, k -> new Window(now.minus(window)));
        synchronized (w) {
            if (now.isBefore(w.start.plus(window))) {
                w.suppressed++;
                return SUPPRESS;
            }
            long left = w.suppressed;
            w.start = now;
            w.suppressed = 0;
            return left;
        }
    }

    /** A suffix for a logged line: empty, or how many similar lines were left out. */
    public static String suppressedNote(long left) {
        return left <= 0 ? "" : " (" + left + " similar lines of this station left out in the last window)";
    }
}
