package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ChangeConfiguration.req: set one configuration key. */
public record ChangeConfigurationRequest(
        @Required @MaxLength(50) String key,
        @Required @MaxLength(500) String value) {
}
