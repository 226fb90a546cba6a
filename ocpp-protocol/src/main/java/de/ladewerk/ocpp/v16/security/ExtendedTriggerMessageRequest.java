package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension ExtendedTriggerMessage.req: ask the charge point to send a message now. */
public record ExtendedTriggerMessageRequest(
        @Required ExtendedMessageTrigger requestedMessage,
        @Range(min = 1) Integer connectorId) {
}
