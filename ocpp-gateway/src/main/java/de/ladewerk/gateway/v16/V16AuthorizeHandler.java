package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.authorization.Authorizer;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.V16TokenMapping;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v16.core.AuthorizeRequest;
import de.ladewerk.ocpp.v16.core.AuthorizeResponse;
import io.vertx.core.Future;

/** OCPP 1.6 Authorize: the idTag's status, expiry and parent from the token store. */
public final class V16AuthorizeHandler implements CallHandler<AuthorizeRequest, AuthorizeResponse> {

    private final Authorizer authorizer;

    public V16AuthorizeHandler(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    @Override
    public Future<AuthorizeResponse> handle(StationSession session, AuthorizeRequest request) {
        return authorizer.authorize(session.stationId(), IdToken.idTag(request.idTag()))
                .map(a -> new AuthorizeResponse(V16TokenMapping.idTagInfo(a)));
    }
}
