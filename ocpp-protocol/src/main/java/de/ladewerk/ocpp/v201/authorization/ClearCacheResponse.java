package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ClearCacheResponse: whether the authorization cache was cleared. */
public record ClearCacheResponse(
        @Required ClearCacheStatus status,
        StatusInfo statusInfo) {
}
