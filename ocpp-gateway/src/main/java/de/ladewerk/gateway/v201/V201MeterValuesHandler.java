package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.ocpp.v201.metervalues.MeterValuesRequest;
import de.ladewerk.ocpp.v201.metervalues.MeterValuesResponse;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import io.vertx.core.Future;

/**
 * OCPP 2.0.1 MeterValues: values outside a transaction (in a transaction they come with
 * TransactionEvent); EVSE 0 is the main meter. Answered after commit.
 */
public final class V201MeterValuesHandler implements CallHandler<MeterValuesRequest, MeterValuesResponse> {

    private final SessionService sessions;

    public V201MeterValuesHandler(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Future<MeterValuesResponse> handle(StationSession session, MeterValuesRequest r) {
        if (r.evseId() < 0) {
            return Future.failedFuture(new OcppException(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, "evseId must be 0 or more"));
        }
        return sessions.meterValues(session.stationId(), null, V201MeterValuesMapping.readings(r.evseId(), r.meterValue()))
                .map(v -> new MeterValuesResponse());
    }
}
