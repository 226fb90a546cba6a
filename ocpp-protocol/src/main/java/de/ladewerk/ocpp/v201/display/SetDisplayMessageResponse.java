package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetDisplayMessageResponse: whether the message will be shown. */
public record SetDisplayMessageResponse(
        @Required DisplayMessageStatus status,
        StatusInfo statusInfo) {
}
