package de.ladewerk.app.web;

import java.time.Instant;

/** Records that an operator saw a fault. Blocking: workers only. */
public interface FaultAcknowledgements {

    /** What a fault is identified by: where, what kind and since when (a new fault there is a new one). */
    record FaultKey(String stationId, String kind, int evseId, int connectorId, Instant since) {
    }

    void acknowledge(FaultKey fault, String by, String comment);
}
