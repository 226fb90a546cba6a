package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetDisplayMessagesResponse: whether matching messages will be reported. */
public record GetDisplayMessagesResponse(
        @Required GetDisplayMessagesStatus status,
        StatusInfo statusInfo) {
}
