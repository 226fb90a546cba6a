package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 EventDataType: one event of the device model, e.g. a monitor that fired. */
public record EventData(
        @Required Integer eventId,
        @Required Instant timestamp,
        @Required EventTrigger trigger,
        Integer cause,
        @Required @MaxLength(2500) String actualValue,
        @MaxLength(50) String techCode,
        @MaxLength(500) String techInfo,
        Boolean cleared,
        @MaxLength(36) String transactionId,
        @Required Component component,
        Integer variableMonitoringId,
        @Required EventNotification eventNotificationType,
        @Required Variable variable) {
}
