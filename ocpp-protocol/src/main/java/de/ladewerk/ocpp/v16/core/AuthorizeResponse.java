package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.v16.types.IdTagInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 Authorize.conf with the idTag's authorization status. */
public record AuthorizeResponse(
        @Required IdTagInfo idTagInfo) {
}
