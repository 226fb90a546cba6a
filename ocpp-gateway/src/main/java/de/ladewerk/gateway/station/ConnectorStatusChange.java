package de.ladewerk.gateway.station;

import java.time.Instant;

/**
 * A connector reported a status (any version).
 *
 * @param protocolStatus the status as the station sent it, e.g. {@code SuspendedEV}
 * @param errorCode      1.6 error code ({@code NoError} is stored as null)
 */
public record ConnectorStatusChange(
        String stationId,
        int evseId,
        int connectorId,
        ConnectorState state,
        String protocolStatus,
        String errorCode,
        String info,
        String vendorErrorCode,
        Instant at) {

    /** The same change at another time. */
    public ConnectorStatusChange at(Instant time) {
        return new ConnectorStatusChange(stationId, evseId, connectorId, state, protocolStatus, errorCode, info,
                vendorErrorCode, time);
    }
}
