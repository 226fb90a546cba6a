package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.pnc.CertificateId;
import de.ladewerk.gateway.pnc.CertificateStatusService;
import de.ladewerk.gateway.pnc.OcspAnswer;
import de.ladewerk.gateway.pnc.OcspStatus;
import de.ladewerk.ocpp.v201.common.OcspRequestData;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.security.GetCertificateStatus;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusRequest;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusResponse;
import io.vertx.core.Future;
import java.util.Base64;

/**
 * OCPP 2.0.1 GetCertificateStatus (M06, TC_M_24): the station wants the OCSP response for a V2G certificate.
 * Ladewerk asks the responder named in the request and hands on its signed response as it came (base64 DER),
 * whatever status it gives; the station reads the status itself. Failed, with the reason, when no trustworthy
 * response could be had.
 */
public final class V201GetCertificateStatusHandler
        implements CallHandler<GetCertificateStatusRequest, GetCertificateStatusResponse> {

    /** ocspResult's schema limit. */
    private static final int MAX_RESULT = 5500;

    private final CertificateStatusService certificates;

    public V201GetCertificateStatusHandler(CertificateStatusService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Future<GetCertificateStatusResponse> handle(StationSession session, GetCertificateStatusRequest r) {
        CertificateId id;
        try {
            id = idOf(r.ocspRequestData());
        } catch (IllegalArgumentException e) {
            return Future.succeededFuture(failed("BadHashData", e.getMessage()));
        }
        return certificates.status(id).map(V201GetCertificateStatusHandler::response);
    }

    static CertificateId idOf(OcspRequestData d) {
        return CertificateId.fromOcpp(d.hashAlgorithm().name(), d.issuerNameHash(), d.issuerKeyHash(),
                d.serialNumber(), d.responderURL());
    }

    private static GetCertificateStatusResponse response(OcspAnswer answer) {
        if (answer.status() == OcspStatus.UNAVAILABLE) {
            return failed("NoOcspAnswer", answer.detail());
        }
        String result = Base64.getEncoder().encodeToString(answer.response());
        if (result.length() > MAX_RESULT) {
            return failed("OcspTooLarge", "the responder's answer has " + result.length()
                    + " base64 characters; OCPP allows " + MAX_RESULT);
        }
        return new GetCertificateStatusResponse(GetCertificateStatus.Accepted, null, result);
    }

    private static GetCertificateStatusResponse failed(String reason, String detail) {
        return new GetCertificateStatusResponse(GetCertificateStatus.Failed,
                new StatusInfo(reason, detail.length() > 512 ? detail.substring(0, 512) : detail), null);
    }
}
