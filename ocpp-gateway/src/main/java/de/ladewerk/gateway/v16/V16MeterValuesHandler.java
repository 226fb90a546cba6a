package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.ocpp.v16.core.MeterValuesRequest;
import de.ladewerk.ocpp.v16.core.MeterValuesResponse;
import io.vertx.core.Future;

/** OCPP 1.6 MeterValues: in a transaction or of the connector/main meter; answered after commit. */
public final class V16MeterValuesHandler implements CallHandler<MeterValuesRequest, MeterValuesResponse> {

    private final SessionService sessions;

    public V16MeterValuesHandler(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Future<MeterValuesResponse> handle(StationSession session, MeterValuesRequest r) {
        String transactionId = r.transactionId() == null ? null : r.transactionId().toString();
        return sessions.meterValues(session.stationId(), transactionId,
                        V16MeterValuesMapping.readings(r.connectorId(), r.meterValue()))
                .map(v -> new MeterValuesResponse());
    }
}
