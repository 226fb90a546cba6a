package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.v16.types.TriggerMessageStatus;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension ExtendedTriggerMessage.conf. */
public record ExtendedTriggerMessageResponse(
        @Required TriggerMessageStatus status) {
}
