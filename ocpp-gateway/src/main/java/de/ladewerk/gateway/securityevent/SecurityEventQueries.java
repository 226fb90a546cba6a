package de.ladewerk.gateway.securityevent;

import java.time.Instant;
import java.util.List;

/** Read side of security events for the API. Blocking: call from worker threads. */
public interface SecurityEventQueries {

    /**
     * A station's security events, newest first.
     *
     * @param before only events before this time (for paging), or null for the newest
     */
    List<SecurityEvent> forStation(String stationId, Instant before, int limit);
}
