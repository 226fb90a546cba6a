package de.ladewerk.ocpp.v16.trigger;

import de.ladewerk.ocpp.v16.types.TriggerMessageStatus;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 TriggerMessage.conf. */
public record TriggerMessageResponse(
        @Required TriggerMessageStatus status) {
}
