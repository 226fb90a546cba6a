package de.ladewerk.ocpp.v201.remotecontrol;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 TriggerMessageResponse: whether the message will be sent. */
public record TriggerMessageResponse(
        @Required TriggerMessageStatus status,
        StatusInfo statusInfo) {
}
