package de.ladewerk.gateway.firmware;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** Where firmware/log status events are written (stage completes after commit) and read (blocking). */
public interface FirmwareEventStore {

    CompletionStage<Void> store(FirmwareEvent event);

    /** A station's events, newest first. */
    List<FirmwareEvent> forStation(String stationId, int limit);
}
