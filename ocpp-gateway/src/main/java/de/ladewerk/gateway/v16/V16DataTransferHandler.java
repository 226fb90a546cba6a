package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.datatransfer.DataTransferService;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.core.DataTransferRequest;
import de.ladewerk.ocpp.v16.core.DataTransferResponse;
import de.ladewerk.ocpp.v16.core.DataTransferStatus;
import io.vertx.core.Future;

/** OCPP 1.6 DataTransfer from a charge point: recorded and answered by the vendor's extension. */
public final class V16DataTransferHandler implements CallHandler<DataTransferRequest, DataTransferResponse> {

    private final DataTransferService transfers;

    public V16DataTransferHandler(DataTransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public Future<DataTransferResponse> handle(StationSession session, DataTransferRequest r) {
        return transfers.received(session.stationId(), r.vendorId(), r.messageId(), r.data()).map(answer ->
                new DataTransferResponse(DataTransferStatus.valueOf(answer.status().name()), answer.data()));
    }
}
