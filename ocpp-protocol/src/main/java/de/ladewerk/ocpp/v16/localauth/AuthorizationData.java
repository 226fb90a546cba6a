package de.ladewerk.ocpp.v16.localauth;

import de.ladewerk.ocpp.v16.types.IdTagInfo;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 AuthorizationData: one local authorization list entry; without idTagInfo it is removed (differential update). */
public record AuthorizationData(
        @Required @MaxLength(20) String idTag,
        IdTagInfo idTagInfo) {
}
