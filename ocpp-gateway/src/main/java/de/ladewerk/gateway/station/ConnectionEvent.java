package de.ladewerk.gateway.station;

import java.time.Instant;
import java.util.UUID;

/** A station's WebSocket connection opened, closed, was replaced or refused. */
public record ConnectionEvent(
        String stationId,
        Kind kind,
        UUID connectionId,
        String protocolVersion,
        String remoteAddress,
        String detail,
        Instant at) {

    public enum Kind { CONNECTED, DISCONNECTED, REPLACED, REJECTED }
}
