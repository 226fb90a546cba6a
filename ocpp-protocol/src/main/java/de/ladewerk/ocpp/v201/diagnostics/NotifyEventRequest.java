package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 NotifyEventRequest: device model events. */
public record NotifyEventRequest(
        @Required Instant generatedAt,
        Boolean tbc,
        @Required Integer seqNo,
        @Required @Size(min = 1) List<EventData> eventData) {
}
