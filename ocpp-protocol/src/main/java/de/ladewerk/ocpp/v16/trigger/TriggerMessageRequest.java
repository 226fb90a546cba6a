package de.ladewerk.ocpp.v16.trigger;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 TriggerMessage.req: ask the charge point to send a message now. */
public record TriggerMessageRequest(
        @Required MessageTrigger requestedMessage,
        @Range(min = 1) Integer connectorId) {
}
