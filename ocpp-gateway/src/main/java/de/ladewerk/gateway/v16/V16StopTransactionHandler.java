package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.gateway.session.SessionStop;
import de.ladewerk.gateway.session.WireNames;
import de.ladewerk.ocpp.v16.core.StopTransactionRequest;
import de.ladewerk.ocpp.v16.core.StopTransactionResponse;
import io.vertx.core.Future;
import java.math.BigDecimal;

/**
 * OCPP 1.6 StopTransaction with its transactionData. An unknown transaction id is still answered (the
 * station must be able to drop the message), and recorded as a rejection.
 */
public final class V16StopTransactionHandler implements CallHandler<StopTransactionRequest, StopTransactionResponse> {

    private final SessionService sessions;

    public V16StopTransactionHandler(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Future<StopTransactionResponse> handle(StationSession session, StopTransactionRequest r) {
        SessionStop stop = new SessionStop(session.stationId(), r.transactionId().toString(), r.timestamp(),
                BigDecimal.valueOf(r.meterStop()), WireNames.of(r.reason(), null),
                r.idTag() == null ? null : IdToken.idTag(r.idTag()));
        // transactionData has no connector; EVSE_UNKNOWN samples are put on the session's EVSE
        return sessions.stop(stop, V16MeterValuesMapping.readings(MeterSample.EVSE_UNKNOWN, r.transactionData()))
                .map(result -> new StopTransactionResponse(result.authorization() == null ? null
                        : V16StartTransactionHandler.idTagInfo(result.authorization())));
    }
}
