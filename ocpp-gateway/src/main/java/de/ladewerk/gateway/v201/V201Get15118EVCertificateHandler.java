package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.security.Get15118EVCertificateRequest;
import de.ladewerk.ocpp.v201.security.Get15118EVCertificateResponse;
import de.ladewerk.ocpp.v201.security.Iso15118EVCertificateStatus;
import io.vertx.core.Future;

/**
 * OCPP 2.0.1 Get15118EVCertificate: installing or updating an EV's contract certificate needs a V2G/mobility
 * operator backend, which Ladewerk does not have; it answers Failed with that reason and an empty EXI response
 * (the field is required), so the station can tell the EV at once instead of waiting for a timeout.
 */
public final class V201Get15118EVCertificateHandler
        implements CallHandler<Get15118EVCertificateRequest, Get15118EVCertificateResponse> {

    @Override
    public Future<Get15118EVCertificateResponse> handle(StationSession session, Get15118EVCertificateRequest r) {
        return Future.succeededFuture(new Get15118EVCertificateResponse(Iso15118EVCertificateStatus.Failed,
                new StatusInfo("NoV2GBackend", "Ladewerk has no ISO 15118 contract certificate backend configured; "
                        + r.action() + " cannot be served."), ""));
    }
}
