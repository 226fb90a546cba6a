package de.ladewerk.gateway.customer;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** NotifyCustomerInformation parts, kept per station and request. Writes complete after commit; reads block. */
public interface CustomerInformationStore {

    /** One part; a re-sent part replaces itself. */
    CompletionStage<Void> part(String stationId, int requestId, int seqNo, boolean tbc, String data, Instant generatedAt);

    /** The parts of one request put together; empty if none arrived. */
    Optional<CustomerInformation> assembled(String stationId, int requestId);
}
