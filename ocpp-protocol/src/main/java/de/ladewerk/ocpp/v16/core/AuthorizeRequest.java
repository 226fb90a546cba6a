package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 Authorize.req: the charge point asks whether an idTag may charge. */
public record AuthorizeRequest(
        @Required @MaxLength(20) String idTag) {
}
