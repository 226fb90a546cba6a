package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.station.ConnectorState;
import de.ladewerk.gateway.station.ConnectorStatusChange;
import de.ladewerk.ocpp.v16.core.ChargePointErrorCode;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationResponse;
import io.vertx.core.Future;

/**
 * OCPP 1.6 StatusNotification. A 1.6 connector N becomes EVSE N with connector 1; connector 0 (the
 * charge point as a whole) becomes EVSE 0, connector 0.
 */
public final class V16StatusNotificationHandler
        implements CallHandler<StatusNotificationRequest, StatusNotificationResponse> {

    private final StationHandlers stations;

    public V16StatusNotificationHandler(StationHandlers stations) {
        this.stations = stations;
    }

    @Override
    public Future<StatusNotificationResponse> handle(StationSession session, StatusNotificationRequest r) {
        int connector = r.connectorId();
        ConnectorStatusChange change = new ConnectorStatusChange(session.stationId(), connector,
                connector == 0 ? 0 : 1, state(r), r.status().name(),
                r.errorCode() == ChargePointErrorCode.NoError ? null : r.errorCode().name(),
                r.info(), r.vendorErrorCode(), r.timestamp() != null ? r.timestamp() : stations.now());
        return stations.status(change).map(v -> new StatusNotificationResponse());
    }

    static ConnectorState state(StatusNotificationRequest r) {
        return switch (r.status()) {
            case Available -> ConnectorState.AVAILABLE;
            case Preparing, Charging, SuspendedEV, SuspendedEVSE, Finishing -> ConnectorState.OCCUPIED;
            case Reserved -> ConnectorState.RESERVED;
            case Unavailable -> ConnectorState.UNAVAILABLE;
            case Faulted -> ConnectorState.FAULTED;
        };
    }
}
