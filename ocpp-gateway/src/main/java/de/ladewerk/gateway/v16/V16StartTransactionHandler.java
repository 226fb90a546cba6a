package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.authorization.Authorization;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.session.MeterReadings;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.gateway.session.SessionStart;
import de.ladewerk.ocpp.v16.core.StartTransactionRequest;
import de.ladewerk.ocpp.v16.core.StartTransactionResponse;
import de.ladewerk.ocpp.v16.types.AuthorizationStatus;
import de.ladewerk.ocpp.v16.types.IdTagInfo;
import io.vertx.core.Future;
import java.math.BigDecimal;

/**
 * OCPP 1.6 StartTransaction. Ladewerk assigns the transaction id; the start as sent (connector, idTag,
 * meterStart, timestamp) is its key, so a replay after an outage gets the same id and no second
 * session. As the specification says, the transaction is started and its id returned even when the
 * idTag is not Accepted.
 */
public final class V16StartTransactionHandler implements CallHandler<StartTransactionRequest, StartTransactionResponse> {

    private final SessionService sessions;

    public V16StartTransactionHandler(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Future<StartTransactionResponse> handle(StationSession session, StartTransactionRequest r) {
        String key = r.connectorId() + "|" + r.idTag() + "|" + r.meterStart() + "|" + r.timestamp();
        SessionStart start = new SessionStart(session.stationId(), session.version().subprotocol(), null, key,
                r.connectorId(), 1, IdToken.idTag(r.idTag()), r.timestamp(), BigDecimal.valueOf(r.meterStart()),
                r.reservationId(), null, false, null);
        return sessions.start(start, MeterReadings.NONE).map(started -> new StartTransactionResponse(
                idTagInfo(started.authorization()), Integer.valueOf(started.state().transactionId())));
    }

    /** The 1.6 idTagInfo of a version-neutral answer; statuses 1.6 does not know become Invalid. */
    static IdTagInfo idTagInfo(Authorization a) {
        AuthorizationStatus status = switch (a.status()) {
            case ACCEPTED -> AuthorizationStatus.Accepted;
            case BLOCKED -> AuthorizationStatus.Blocked;
            case EXPIRED -> AuthorizationStatus.Expired;
            case CONCURRENT_TX -> AuthorizationStatus.ConcurrentTx;
            default -> AuthorizationStatus.Invalid;
        };
        String parent = a.groupToken() == null ? null : a.groupToken().value();
        return new IdTagInfo(a.expiresAt(), parent != null && parent.length() <= 20 ? parent : null, status);
    }
}
