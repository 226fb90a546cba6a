package de.ladewerk.gateway.station;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Where the gateway records what stations tell it. Each stage completes once the change is durably
 * committed, so the station's answer can wait for it.
 */
public interface StationEventSink {

    CompletionStage<Void> boot(StationBoot boot);

    CompletionStage<Void> status(ConnectorStatusChange change);

    CompletionStage<Void> heartbeat(String stationId, Instant at);

    CompletionStage<Void> connection(ConnectionEvent event);
}
