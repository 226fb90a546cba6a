package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.customer.CustomerInformationStore;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyCustomerInformationResponse;
import io.vertx.core.Future;

/** OCPP 2.0.1 NotifyCustomerInformation: one part, stored; the whole is assembled by requestId and seqNo. */
public final class V201NotifyCustomerInformationHandler
        implements CallHandler<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse> {

    private final CustomerInformationStore store;

    public V201NotifyCustomerInformationHandler(CustomerInformationStore store) {
        this.store = store;
    }

    @Override
    public Future<NotifyCustomerInformationResponse> handle(StationSession session, NotifyCustomerInformationRequest r) {
        return Committed.on(store.part(session.stationId(), r.requestId(), r.seqNo(), Boolean.TRUE.equals(r.tbc()),
                r.data(), r.generatedAt())).map(v -> new NotifyCustomerInformationResponse());
    }
}
