package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 KeyValue: one configuration key as reported by GetConfiguration. */
public record KeyValue(
        @Required @MaxLength(50) String key,
        @Required Boolean readonly,
        @MaxLength(500) String value) {
}
