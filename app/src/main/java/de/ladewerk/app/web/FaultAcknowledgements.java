package de.ladewerk.app.web;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Records that an operator saw a fault (the app's own table). Blocking: workers only. */
public interface FaultAcknowledgements {

    /** What a fault is identified by: where, what kind and since when (a new fault there is a new one). */
    record FaultKey(String stationId, String kind, int evseId, int connectorId, Instant since) {
    }

    /** An operator's note that they saw a fault. */
    record Acknowledgement(String by, Instant at, String comment) {
    }

    void acknowledge(FaultKey fault, String by, String comment);

    /** The newest acknowledgement of each of these faults that has one. */
    Map<FaultKey, Acknowledgement> latest(Collection<FaultKey> faults);
}
