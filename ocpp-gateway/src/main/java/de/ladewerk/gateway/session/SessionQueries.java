package de.ladewerk.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read side for the API. Blocking (JDBC): call from worker threads. */
public interface SessionQueries {

    /** Which sessions to list; {@code null} fields do not filter. Time bounds apply to the start. */
    record Filter(String stationId, String status, Instant startedFrom, Instant startedBefore) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** One time bucket of one measurand (values normalised where the unit allows, else as sent). */
    record CurvePoint(Instant bucket, String measurand, String unit, java.math.BigDecimal min,
                      java.math.BigDecimal max, java.math.BigDecimal last, int samples) {
    }

    /** Newest first. */
    List<SessionRecord> list(Filter filter, int limit, int offset);

    long count(Filter filter);

    Optional<SessionRecord> find(long sessionId);

    /** Every sample of the session in time order. */
    List<MeterSample> curve(long sessionId);

    /** The session's samples of one measurand (phase-less) per time bucket. */
    List<CurvePoint> curve(long sessionId, String measurand, Duration bucket);

    /** A station's samples of the 24 hours before {@code now}, in time order. */
    List<MeterSample> stationLastDay(String stationId, Instant now);
}
