package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.devmodel.DeviceEvent;
import de.ladewerk.gateway.devmodel.DeviceModelMapping;
import de.ladewerk.gateway.devmodel.DeviceModelStore;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.diagnostics.EventData;
import de.ladewerk.ocpp.v201.diagnostics.NotifyEventRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyEventResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 NotifyEvent: events are stored, and each one's actual value becomes its variable's Actual value. */
public final class V201NotifyEventHandler implements CallHandler<NotifyEventRequest, NotifyEventResponse> {

    private final DeviceModelStore store;

    public V201NotifyEventHandler(DeviceModelStore store) {
        this.store = store;
    }

    @Override
    public Future<NotifyEventResponse> handle(StationSession session, NotifyEventRequest r) {
        return Committed.on(store.events(session.stationId(), r.generatedAt(), r.seqNo(), r.eventData().stream()
                .map(V201NotifyEventHandler::event).toList())).map(v -> new NotifyEventResponse());
    }

    private static DeviceEvent event(EventData e) {
        return new DeviceEvent(e.eventId(), e.timestamp(), e.trigger().name(), e.cause(), e.actualValue(), e.techCode(),
                e.techInfo(), e.cleared(), e.transactionId(), DeviceModelMapping.component(e.component()),
                DeviceModelMapping.variable(e.variable()), e.variableMonitoringId(), e.eventNotificationType().name());
    }
}
