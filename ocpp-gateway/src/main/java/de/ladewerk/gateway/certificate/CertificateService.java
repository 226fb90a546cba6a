package de.ladewerk.gateway.certificate;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.security.StationCaller;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.v201.security.CertificateSigningUse;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Certificates of stations, version-neutral. A station's SignCertificate is checked ({@link CsrValidator}),
 * recorded and answered; when accepted, the CSR goes to the {@link CertificateAuthority} and the signed chain
 * to the station with CertificateSigned — only after the SignCertificate answer is out — and the station's
 * answer is recorded. The operator's certificate commands (install, delete, list, renew) are in
 * {@link CertificateCommands}.
 */
public final class CertificateService {

    /** The certificate type word recorded for charging-station certificates of either version. */
    public static final String STATION_CERTIFICATE = "ChargingStationCertificate";
    private static final Logger LOG = LoggerFactory.getLogger(CertificateService.class);

    private final CertificateAuthority ca;
    private final CsrValidator validator;
    private final CertificateRepository repository;
    private final StationCaller caller;
    private final WorkerExecutor blocking;
    private final Clock clock;

    /** @param ca the CA that signs station CSRs, or null if none is configured (every CSR is then rejected) */
    public CertificateService(CertificateAuthority ca, CsrValidator validator, CertificateRepository repository,
                              StationCaller caller, WorkerExecutor blocking, Clock clock) {
        this.ca = ca;
        this.validator = validator;
        this.repository = repository;
        this.caller = caller;
        this.blocking = blocking;
        this.clock = clock;
    }

    /**
     * A station asks for a certificate. Completes, after the verdict is recorded, with the verdict to answer
     * with; an accepted CSR is signed and sent back as CertificateSigned afterwards.
     */
    public Future<CsrCheck> signCertificate(StationSession session, String csrPem, CertificateUse use) {
        String stationId = session.stationId();
        String type = typeWord(use);
        if (ca == null || !ca.issues(use)) {
            CsrCheck refused = CsrCheck.refused(ca == null ? "no certificate authority is configured"
                    : "the configured certificate authority does not issue " + type);
            return record(stationId, "SignCertificate", type, null, "Rejected", refused.reason()).map(refused);
        }
        Context context = Vertx.currentContext();
        return blocking.executeBlocking(() -> validator.check(stationId, csrPem), false).compose(check -> {
            String detail = check.passed() ? check.csr().getSubject().toString() : check.reason();
            if (!check.passed()) {
                LOG.info("{}: CSR rejected: {}", stationId, check.reason());
            }
            return record(stationId, "SignCertificate", type, null, check.passed() ? "Accepted" : "Rejected", detail)
                    .map(check);
        }).onSuccess(check -> {
            if (check.passed()) {
                // queued behind the current task, which writes the SignCertificate answer first
                SigningRequest request = new SigningRequest(stationId, use, check.csr());
                if (context == null) {
                    issueAndSend(session.version(), request);
                } else {
                    context.runOnContext(v -> issueAndSend(session.version(), request));
                }
            }
        });
    }

    private void issueAndSend(OcppVersion version, SigningRequest request) {
        String stationId = request.stationId();
        String type = typeWord(request.use());
        blocking.executeBlocking(() -> ca.sign(request), false)
                .compose(Committed::on)
                .compose(chain -> send(version, request, chain))
                .onFailure(e -> {
                    LOG.warn("{}: certificate for {} not delivered: {}", stationId, type, e.toString());
                    record(stationId, "CertificateSigned", type, null, StationCaller.outcomeOf(e), e.getMessage());
                });
    }

    private Future<Void> send(OcppVersion version, SigningRequest request, List<X509Certificate> chain) {
        String stationId = request.stationId();
        String type = typeWord(request.use());
        String pem = Pem.chain(chain);
        Future<String> status = version == OcppVersion.V16
                ? caller.call(stationId, "CertificateSigned", new de.ladewerk.ocpp.v16.security.CertificateSignedRequest(pem),
                        de.ladewerk.ocpp.v16.security.CertificateSignedResponse.class).map(r -> r.status().name())
                : caller.call(stationId, "CertificateSigned", new de.ladewerk.ocpp.v201.security.CertificateSignedRequest(pem,
                                request.use() == CertificateUse.V2G ? CertificateSigningUse.V2GCertificate
                                        : CertificateSigningUse.ChargingStationCertificate),
                        de.ladewerk.ocpp.v201.security.CertificateSignedResponse.class).map(r -> r.status().name());
        X509Certificate leaf = chain.get(0);
        CertificateId id = CertificateId.of(leaf, chain.size() > 1 ? chain.get(1) : leaf);
        String subject = leaf.getSubjectX500Principal().getName();
        return status.compose(s -> {
            CertificateOperation op = new CertificateOperation(stationId, "CertificateSigned", type, id, s, subject,
                    clock.instant());
            InstalledCertificate installed = "Accepted".equals(s) ? new InstalledCertificate(stationId, type, id,
                    "ISSUED", subject, leaf.getNotAfter().toInstant(), clock.instant()) : null;
            LOG.info("{}: CertificateSigned answered {}", stationId, s);
            return Committed.on(repository.record(op, installed));
        });
    }

    private Future<Void> record(String stationId, String operation, String type, CertificateId id, String outcome,
                                String detail) {
        return Committed.on(repository.record(
                new CertificateOperation(stationId, operation, type, id, outcome, detail, clock.instant()), null));
    }

    static String typeWord(CertificateUse use) {
        return use == CertificateUse.V2G ? "V2GCertificate" : STATION_CERTIFICATE;
    }
}
