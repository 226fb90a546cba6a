package de.ladewerk.gateway.authorization;

import io.vertx.core.Future;

/**
 * Answers Authorize and the token part of transaction messages from the id-token store. Blocked,
 * expired and unknown tokens are answers, not failures. The future completes on the caller's context.
 * CONCURRENT_TX is decided by the session service, which knows the open sessions.
 */
public interface Authorizer {

    Future<Authorization> authorize(String stationId, IdToken token);
}
