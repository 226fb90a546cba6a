package de.ladewerk.gateway.v201;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.connection.StationConnection;
import de.ladewerk.gateway.session.SessionChanges;
import de.ladewerk.gateway.session.SessionService;
import de.ladewerk.gateway.session.SessionState;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.tariffcost.CostUpdatedRequest;
import de.ladewerk.ocpp.v201.transactions.GetTransactionStatusRequest;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the CSMS sends a station after answering its TransactionEvent: GetTransactionStatus when a
 * seqNo gap showed (the answer is recorded), and CostUpdated with the running cost while it charges.
 */
final class V201TransactionEventFollowUps {

    private static final Logger LOG = LoggerFactory.getLogger(V201TransactionEventFollowUps.class);
    /** At most one CostUpdated per session per minute of station time. */
    static final long COST_EVERY_SECONDS = 60;

    private final SessionService sessions;
    private final ConnectionRegistry connections;

    V201TransactionEventFollowUps(SessionService sessions, ConnectionRegistry connections) {
        this.sessions = sessions;
        this.connections = connections;
    }

    /** Asks whether the station still has queued messages of the transaction, and records its answer. */
    void askStatus(String stationId, String transactionId, SessionChanges.Gap gap) {
        Optional<StationConnection> connection = connections.find(stationId);
        if (connection.isEmpty()) {
            record(stationId, transactionId, gap, null, null, "station not connected");
            return;
        }
        JsonNode payload = OcppJson.mapper().valueToTree(new GetTransactionStatusRequest(transactionId));
        connection.get().call("GetTransactionStatus", payload).onComplete(ar -> {
            if (ar.succeeded()) {
                JsonNode a = ar.result();
                Boolean ongoing = a.hasNonNull("ongoingIndicator") ? a.get("ongoingIndicator").asBoolean() : null;
                Boolean queued = a.hasNonNull("messagesInQueue") ? a.get("messagesInQueue").asBoolean() : null;
                record(stationId, transactionId, gap, ongoing, queued, null);
            } else {
                record(stationId, transactionId, gap, null, null, ar.cause().getMessage());
            }
        });
    }

    /** Sends the running cost if one applies and the last one is a minute old (station time). */
    void sendCost(SessionState s, String stationId, Instant at) {
        if (!"Charging".equals(s.chargingState()) || !s.costDue(at, COST_EVERY_SECONDS)) {
            return;
        }
        sessions.runningCost(s, at).onSuccess(cost -> cost.ifPresent(total ->
                connections.find(stationId).ifPresent(c -> c.call("CostUpdated", OcppJson.mapper().valueToTree(
                        new CostUpdatedRequest(total, s.transactionId()))).onFailure(e ->
                        LOG.info("{}: CostUpdated for {} failed: {}", stationId, s.transactionId(), e.getMessage())))));
    }

    private void record(String stationId, String transactionId, SessionChanges.Gap gap, Boolean ongoing,
                        Boolean queued, String error) {
        Future<Void> done = sessions.statusAnswer(stationId, transactionId, gap.receivedSeqNo(), ongoing, queued, error);
        done.onFailure(e -> LOG.warn("{}: could not record the transaction status of {}: {}", stationId, transactionId,
                e.getMessage()));
    }
}
