package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 NotifyDisplayMessagesRequest: one part of the display message report. */
public record NotifyDisplayMessagesRequest(
        @Size(min = 1) List<MessageInfo> messageInfo,
        @Required Integer requestId,
        Boolean tbc) {
}
