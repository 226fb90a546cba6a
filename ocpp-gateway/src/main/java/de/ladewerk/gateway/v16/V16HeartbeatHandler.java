package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatResponse;
import io.vertx.core.Future;

/** OCPP 1.6 Heartbeat: note that the station lives, tell it the time. */
public final class V16HeartbeatHandler implements CallHandler<HeartbeatRequest, HeartbeatResponse> {

    private final StationHandlers stations;

    public V16HeartbeatHandler(StationHandlers stations) {
        this.stations = stations;
    }

    @Override
    public Future<HeartbeatResponse> handle(StationSession session, HeartbeatRequest request) {
        return stations.heartbeat(session).map(HeartbeatResponse::new);
    }
}
