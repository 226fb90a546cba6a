package de.ladewerk.gateway.station;

import java.util.List;
import java.util.Optional;

/** Read side for the API. Blocking: call from worker threads only. */
public interface StationQueries {

    /** Stations ordered by id, with their connectors; {@code limit}/{@code offset} page through them. */
    List<StationView> list(int limit, int offset);

    long count();

    Optional<StationView> find(String id);

    /** Whether the database answers, for readiness. */
    boolean ping();
}
