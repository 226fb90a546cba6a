package de.ladewerk.ocpp.v201.remotecontrol;

import de.ladewerk.ocpp.v201.common.Evse;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 TriggerMessageRequest: ask the station to send a message now. */
public record TriggerMessageRequest(
        Evse evse,
        @Required MessageTrigger requestedMessage) {
}
