package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetDisplayMessagesRequest: asks for the configured display messages. */
public record GetDisplayMessagesRequest(
        @Size(min = 1) List<Integer> id,
        @Required Integer requestId,
        MessagePriority priority,
        MessageState state) {
}
