package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 ChangeConfiguration.conf. */
public record ChangeConfigurationResponse(
        @Required ConfigurationStatus status) {
}
