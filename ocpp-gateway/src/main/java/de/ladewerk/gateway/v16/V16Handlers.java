package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.DataTransferRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;

/** The OCPP 1.6 handlers, listed explicitly. */
public final class V16Handlers {

    private V16Handlers() {
    }

    public static HandlerRegistry create(StationHandlers stations, StationReports reports) {
        return new HandlerRegistry(V16Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V16BootNotificationHandler(stations))
                .add(HeartbeatRequest.class, new V16HeartbeatHandler(stations))
                .add(StatusNotificationRequest.class, new V16StatusNotificationHandler(stations))
                .add(DataTransferRequest.class, new V16DataTransferHandler(reports.dataTransfers()));
    }
}
