package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ClearDisplayMessageResponse: whether the message was removed. */
public record ClearDisplayMessageResponse(
        @Required ClearMessageStatus status,
        StatusInfo statusInfo) {
}
