package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ClearCache.req (empty): clear the authorization cache. */
public record ClearCacheRequest() {
}
