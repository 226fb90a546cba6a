package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.MessageContent;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 MessageInfoType: a display message with when and where to show it. */
public record MessageInfo(
        Component display,
        @Required Integer id,
        @Required MessagePriority priority,
        MessageState state,
        Instant startDateTime,
        Instant endDateTime,
        @MaxLength(36) String transactionId,
        @Required MessageContent message) {
}
