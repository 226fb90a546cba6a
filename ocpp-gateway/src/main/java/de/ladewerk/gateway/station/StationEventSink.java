package de.ladewerk.gateway.station;

import de.ladewerk.gateway.dataquality.Rejection;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where the gateway records what stations tell it. Each stage completes once the change is durably
 * committed, so the station's answer can wait for it.
 */
public interface StationEventSink {

    CompletionStage<Void> boot(StationBoot boot);

    CompletionStage<Void> status(ConnectorStatusChange change);

    /** Writes the latest heartbeat of each station (never moving one back in time), in one statement. */
    CompletionStage<Void> heartbeats(Map<String, Instant> latestByStation);
    /**
     * A status change and what was corrected in it before (e.g. a station time in the future replaced
     * by the CSMS's), committed together: the corrections go to {@code ocpp.data_rejections}.
     */
    CompletionStage<Void> status(ConnectorStatusChange change, List<Rejection> corrections);

    /** A message the station sent that was answered but not stored, and why ({@code ocpp.data_rejections}). */
    CompletionStage<Void> rejection(String stationId, Rejection rejection);

    CompletionStage<Void> connection(ConnectionEvent event);
}
