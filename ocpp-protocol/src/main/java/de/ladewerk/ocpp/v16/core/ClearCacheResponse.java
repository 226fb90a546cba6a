package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ClearCache.conf. */
public record ClearCacheResponse(
        @Required ClearCacheStatus status) {
}
