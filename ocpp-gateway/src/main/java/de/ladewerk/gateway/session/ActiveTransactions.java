package de.ladewerk.gateway.session;

import de.ladewerk.gateway.smartcharging.TransactionLookup;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.Objects;
import java.util.Optional;

/** The transaction running on an EVSE, for TxProfiles that must name it; read off the event loop. */
public final class ActiveTransactions implements TransactionLookup {

    private final SessionQueries sessions;
    private final WorkerExecutor blocking;

    public ActiveTransactions(SessionQueries sessions, WorkerExecutor blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Future<Optional<String>> activeTransaction(String stationId, int evseId) {
        return blocking.executeBlocking(() -> sessions
                .list(new SessionQueries.Filter(stationId, "ACTIVE", null, null), 50, 0).stream()
                .filter(s -> Objects.equals(s.evseId(), evseId))
                .map(SessionRecord::transactionId)
                .findFirst(), false);
    }
}
