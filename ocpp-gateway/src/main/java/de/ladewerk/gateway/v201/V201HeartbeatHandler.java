package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 Heartbeat: note that the station lives, tell it the time. */
public final class V201HeartbeatHandler implements CallHandler<HeartbeatRequest, HeartbeatResponse> {

    private final StationHandlers stations;

    public V201HeartbeatHandler(StationHandlers stations) {
        this.stations = stations;
    }

    @Override
    public Future<HeartbeatResponse> handle(StationSession session, HeartbeatRequest request) {
        return stations.heartbeat(session).map(HeartbeatResponse::new);
    }
}
