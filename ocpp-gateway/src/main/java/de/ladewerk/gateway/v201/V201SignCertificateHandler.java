package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.certificate.CertificateService;
import de.ladewerk.gateway.certificate.CertificateUse;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.security.CertificateSigningUse;
import de.ladewerk.ocpp.v201.security.SignCertificateRequest;
import de.ladewerk.ocpp.v201.security.SignCertificateResponse;
import io.vertx.core.Future;

/**
 * OCPP 2.0.1 SignCertificate: a CSR for the charging-station (default) or V2G certificate; CertificateSigned
 * follows if accepted. A rejection says why in statusInfo.
 */
public final class V201SignCertificateHandler implements CallHandler<SignCertificateRequest, SignCertificateResponse> {

    private final CertificateService certificates;

    public V201SignCertificateHandler(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Future<SignCertificateResponse> handle(StationSession session, SignCertificateRequest r) {
        CertificateUse use = r.certificateType() == CertificateSigningUse.V2GCertificate
                ? CertificateUse.V2G : CertificateUse.CHARGING_STATION;
        return certificates.signCertificate(session, r.csr(), use).map(check -> check.passed()
                ? new SignCertificateResponse(GenericStatus.Accepted, null)
                : new SignCertificateResponse(GenericStatus.Rejected, new StatusInfo("InvalidCSR", shorten(check.reason()))));
    }

    static String shorten(String text) {
        return text.length() <= 512 ? text : text.substring(0, 509) + "...";
    }
}
