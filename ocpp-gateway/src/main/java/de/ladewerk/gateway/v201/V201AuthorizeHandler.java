package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.authorization.V201TokenMapping;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.authorization.AuthorizeCertificateStatus;
import de.ladewerk.ocpp.v201.authorization.AuthorizeRequest;
import de.ladewerk.ocpp.v201.authorization.AuthorizeResponse;
import io.vertx.core.Future;

/**
 * OCPP 2.0.1 Authorize: idTokenInfo (status, cacheExpiryDateTime, groupIdToken) from the token store.
 * Ladewerk holds no V2G root certificates and asks no OCSP responder, so a request with a contract
 * certificate or its hash data gets certificateStatus NoCertificateAvailable (the token itself is
 * still answered from the store); without them no certificateStatus is sent.
 */
public final class V201AuthorizeHandler implements CallHandler<AuthorizeRequest, AuthorizeResponse> {

    private final Authorizer authorizer;

    public V201AuthorizeHandler(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    @Override
    public Future<AuthorizeResponse> handle(StationSession session, AuthorizeRequest request) {
        boolean certificate = request.certificate() != null || request.iso15118CertificateHashData() != null;
        return authorizer.authorize(session.stationId(), V201TokenMapping.token(request.idToken()))
                .map(a -> new AuthorizeResponse(V201TokenMapping.idTokenInfo(a),
                        certificate ? AuthorizeCertificateStatus.NoCertificateAvailable : null));
    }
}
