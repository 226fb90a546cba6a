package de.ladewerk.gateway.smartcharging;

import io.vertx.core.Future;
import java.util.Optional;

/** The transaction running on an EVSE, for TxProfiles; the sessions module provides the real one. */
@FunctionalInterface
public interface TransactionLookup {

    /** Knows no transactions: TxProfiles then go without transactionId. */
    TransactionLookup NONE = (stationId, evseId) -> Future.succeededFuture(Optional.empty());

    Future<Optional<String>> activeTransaction(String stationId, int evseId);
}
