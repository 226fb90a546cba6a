package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.session.SessionEvent;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.ocpp.v201.transactions.TransactionEventRequest;
import de.ladewerk.ocpp.v201.transactions.TransactionEventResponse;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * OCPP 2.0.1 TransactionEvent Started / Updated / Ended. A retry (same transaction and seqNo) is
 * answered again without changing anything. After the answer — never before — a seqNo gap makes the
 * CSMS ask GetTransactionStatus, and a charging session gets CostUpdated. The final cost goes into the
 * answer to Ended.
 */
public final class V201TransactionEventHandler implements CallHandler<TransactionEventRequest, TransactionEventResponse> {

    private final SessionService sessions;
    private final V201TransactionEventFollowUps followUps;

    public V201TransactionEventHandler(SessionService sessions, ConnectionRegistry connections) {
        this.sessions = sessions;
        this.followUps = new V201TransactionEventFollowUps(sessions, connections);
    }

    @Override
    public Future<TransactionEventResponse> handle(StationSession session, TransactionEventRequest r) {
        SessionEvent event = V201TransactionEventMapping.event(session.stationId(), r);
        return sessions.event(event).compose(result -> {
            Future<Optional<BigDecimal>> cost = event.type() == SessionEvent.Type.ENDED
                    ? sessions.runningCost(result.state(), event.time()) : Future.succeededFuture(Optional.empty());
            return cost.map(total -> {
                if (!result.duplicate()) {
                    afterAnswer(() -> {
                        if (result.gap() != null) {
                            followUps.askStatus(session.stationId(), event.transactionId(), result.gap());
                        }
                        if (event.type() == SessionEvent.Type.UPDATED) {
                            followUps.sendCost(result.state(), session.stationId(), event.time());
                        }
                    });
                }
                return new TransactionEventResponse(total.orElse(null), null, result.authorization() == null ? null
                        : V201TransactionEventMapping.idTokenInfo(result.authorization()), null);
            });
        });
    }

    /** Runs after the current task, which writes the answer to the station. */
    private static void afterAnswer(Runnable action) {
        Context context = Vertx.currentContext();
        if (context == null) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
