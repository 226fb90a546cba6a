package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.authorization.Authorization;
import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.authorization.V201TokenMapping;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.pnc.CertificateStatusService;
import de.ladewerk.gateway.pnc.OcspAnswer;
import de.ladewerk.gateway.pnc.OcspStatus;
import de.ladewerk.ocpp.v201.authorization.AuthorizeCertificateStatus;
import de.ladewerk.ocpp.v201.authorization.AuthorizeRequest;
import de.ladewerk.ocpp.v201.authorization.AuthorizeResponse;
import de.ladewerk.ocpp.v201.common.AuthorizationStatus;
import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import de.ladewerk.ocpp.v201.common.OcspRequestData;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * OCPP 2.0.1 Authorize: idTokenInfo (status, cacheExpiryDateTime, groupIdToken) from the token store, for RFID
 * cards and contracts (eMAID) alike.
 *
 * <p>Plug &amp; Charge with local contract validation (C07, TC_C_50/C_51): the station sends the OCSP data of
 * the contract certificate chain, and each certificate's status is asked from its responder. All good:
 * certificateStatus Accepted. A revoked one: CertificateRevoked; one the responder does not know:
 * CertChainError; no trustworthy answer: NoCertificateAvailable (the station's own policy then decides). A
 * token whose certificate is revoked or unknown is answered Invalid, whatever the store says, so a revoked
 * contract does not charge. A request with the whole
 * certificate for central validation (TC_C_52) gets NoCertificateAvailable: Ladewerk holds no MO root
 * certificates to validate a chain against.
 */
public final class V201AuthorizeHandler implements CallHandler<AuthorizeRequest, AuthorizeResponse> {

    private final Authorizer authorizer;
    private final CertificateStatusService certificates;

    public V201AuthorizeHandler(Authorizer authorizer, CertificateStatusService certificates) {
        this.authorizer = authorizer;
        this.certificates = certificates;
    }

    @Override
    public Future<AuthorizeResponse> handle(StationSession session, AuthorizeRequest request) {
        Future<Authorization> token = authorizer.authorize(session.stationId(), V201TokenMapping.token(request.idToken()));
        if (request.iso15118CertificateHashData() != null) {
            return certificateStatus(request.iso15118CertificateHashData())
                    .compose(status -> token.map(a -> answer(a, status)));
        }
        AuthorizeCertificateStatus central = request.certificate() != null
                ? AuthorizeCertificateStatus.NoCertificateAvailable : null;
        return token.map(a -> answer(a, central));
    }

    private Future<AuthorizeCertificateStatus> certificateStatus(List<OcspRequestData> chain) {
        List<Future<OcspAnswer>> answers = new ArrayList<>();
        for (OcspRequestData d : chain) {
            try {
                answers.add(certificates.status(V201GetCertificateStatusHandler.idOf(d)));
            } catch (IllegalArgumentException e) {
                return Future.succeededFuture(AuthorizeCertificateStatus.CertChainError);
            }
        }
        return Future.all(answers).map(all -> {
            List<OcspStatus> statuses = all.<OcspAnswer>list().stream().map(OcspAnswer::status).toList();
            if (statuses.contains(OcspStatus.REVOKED)) {
                return AuthorizeCertificateStatus.CertificateRevoked;
            }
            if (statuses.contains(OcspStatus.UNKNOWN)) {
                return AuthorizeCertificateStatus.CertChainError;
            }
            if (statuses.contains(OcspStatus.UNAVAILABLE)) {
                return AuthorizeCertificateStatus.NoCertificateAvailable;
            }
            return AuthorizeCertificateStatus.Accepted;
        });
    }

    private static AuthorizeResponse answer(Authorization a, AuthorizeCertificateStatus certificate) {
        IdTokenInfo info = V201TokenMapping.idTokenInfo(a);
        boolean refused = certificate == AuthorizeCertificateStatus.CertificateRevoked
                || certificate == AuthorizeCertificateStatus.CertChainError;
        if (refused && info.status() == AuthorizationStatus.Accepted) {
            info = new IdTokenInfo(AuthorizationStatus.Invalid, null, null, null, null, null, null, null);
        }
        return new AuthorizeResponse(info, certificate);
    }
}
