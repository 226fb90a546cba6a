package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.certificate.CertificateService;
import de.ladewerk.gateway.certificate.CertificateUse;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.security.GenericStatus;
import de.ladewerk.ocpp.v16.security.SignCertificateRequest;
import de.ladewerk.ocpp.v16.security.SignCertificateResponse;
import io.vertx.core.Future;

/** OCPP 1.6 security extension SignCertificate: a charge point certificate CSR; CertificateSigned follows if accepted. */
public final class V16SignCertificateHandler implements CallHandler<SignCertificateRequest, SignCertificateResponse> {

    private final CertificateService certificates;

    public V16SignCertificateHandler(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Future<SignCertificateResponse> handle(StationSession session, SignCertificateRequest r) {
        return certificates.signCertificate(session, r.csr(), CertificateUse.CHARGING_STATION)
                .map(check -> new SignCertificateResponse(check.passed() ? GenericStatus.Accepted : GenericStatus.Rejected));
    }
}
