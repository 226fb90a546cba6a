package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v16.core.AuthorizeRequest;
import de.ladewerk.ocpp.v16.core.BootNotificationRequest;
import de.ladewerk.ocpp.v16.core.HeartbeatRequest;
import de.ladewerk.ocpp.v16.core.MeterValuesRequest;
import de.ladewerk.ocpp.v16.core.StartTransactionRequest;
import de.ladewerk.ocpp.v16.core.StatusNotificationRequest;
import de.ladewerk.ocpp.v16.core.StopTransactionRequest;

/** The OCPP 1.6 handlers, listed explicitly. */
public final class V16Handlers {

    private V16Handlers() {
    }

    public static HandlerRegistry create(StationHandlers stations, SessionService sessions, Authorizer authorizer) {
        return new HandlerRegistry(V16Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V16BootNotificationHandler(stations))
                .add(HeartbeatRequest.class, new V16HeartbeatHandler(stations))
                .add(StatusNotificationRequest.class, new V16StatusNotificationHandler(stations))
                .add(StartTransactionRequest.class, new V16StartTransactionHandler(sessions))
                .add(StopTransactionRequest.class, new V16StopTransactionHandler(sessions))
                .add(MeterValuesRequest.class, new V16MeterValuesHandler(sessions))
                .add(AuthorizeRequest.class, new V16AuthorizeHandler(authorizer));
    }
}
