package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.security.GetCertificateStatus;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusRequest;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusResponse;
import io.vertx.core.Future;

/**
 * OCPP 2.0.1 GetCertificateStatus: the station wants an OCSP response for a (V2G) certificate. Ladewerk has no
 * OCSP client or responder configured, so it answers Failed with that reason and no ocspResult.
 */
public final class V201GetCertificateStatusHandler
        implements CallHandler<GetCertificateStatusRequest, GetCertificateStatusResponse> {

    @Override
    public Future<GetCertificateStatusResponse> handle(StationSession session, GetCertificateStatusRequest r) {
        return Future.succeededFuture(new GetCertificateStatusResponse(GetCertificateStatus.Failed,
                new StatusInfo("NoOcspBackend", "Ladewerk has no OCSP backend configured; certificate status of "
                        + r.ocspRequestData().serialNumber() + " cannot be obtained."), null));
    }
}
