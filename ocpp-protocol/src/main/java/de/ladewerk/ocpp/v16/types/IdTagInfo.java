package de.ladewerk.ocpp.v16.types;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 IdTagInfo: the authorization status of an idTag, with optional expiry and parent idTag. */
public record IdTagInfo(
        Instant expiryDate,
        @MaxLength(20) String parentIdTag,
        @Required AuthorizationStatus status) {
}
