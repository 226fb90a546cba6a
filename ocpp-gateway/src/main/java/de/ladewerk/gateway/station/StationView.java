package de.ladewerk.gateway.station;

import java.time.Instant;
import java.util.List;

/** What operators see of a station: identity, protocol, liveness, and its connectors. */
public record StationView(
        String id,
        String registrationStatus,
        int securityProfile,
        String protocolVersion,
        boolean online,
        String vendor,
        String model,
        String serialNumber,
        String firmwareVersion,
        String district,
        Double latitude,
        Double longitude,
        String address,
        Instant lastBootAt,
        Instant lastHeartbeatAt,
        Instant lastConnectedAt,
        Instant lastDisconnectedAt,
        List<ConnectorView> connectors) {

    /** One EVSE/connector's current status. */
    public record ConnectorView(int evseId, int connectorId, String status, String protocolStatus, String errorCode,
                                String info, Instant statusAt) {
    }
}
