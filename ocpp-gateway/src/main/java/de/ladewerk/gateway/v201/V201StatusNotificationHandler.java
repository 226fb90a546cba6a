package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.station.ConnectorState;
import de.ladewerk.gateway.station.ConnectorStatusChange;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 StatusNotification: the status of one connector of one EVSE. */
public final class V201StatusNotificationHandler
        implements CallHandler<StatusNotificationRequest, StatusNotificationResponse> {

    private final StationHandlers stations;

    public V201StatusNotificationHandler(StationHandlers stations) {
        this.stations = stations;
    }

    @Override
    public Future<StatusNotificationResponse> handle(StationSession session, StatusNotificationRequest r) {
        ConnectorStatusChange change = new ConnectorStatusChange(session.stationId(), r.evseId(), r.connectorId(),
                state(r), r.connectorStatus().name(), null, null, null, r.timestamp());
        if (r.evseId() < 1 || r.connectorId() < 1) {
            // 2.0.1 numbers EVSEs and connectors from 1; 0 would collide with the station itself. Answered
            // normally (TC_A_01) so the station does not retry it, and noted as data quality
            return stations.statusOfNoConnector(change).map(v -> new StatusNotificationResponse());
        }
        return stations.status(change).map(v -> new StatusNotificationResponse());
    }

    private static ConnectorState state(StatusNotificationRequest r) {
        return switch (r.connectorStatus()) {
            case Available -> ConnectorState.AVAILABLE;
            case Occupied -> ConnectorState.OCCUPIED;
            case Reserved -> ConnectorState.RESERVED;
            case Unavailable -> ConnectorState.UNAVAILABLE;
            case Faulted -> ConnectorState.FAULTED;
        };
    }
}
