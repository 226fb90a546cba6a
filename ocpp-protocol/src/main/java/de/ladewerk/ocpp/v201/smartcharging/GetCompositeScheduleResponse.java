package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetCompositeScheduleResponse: the composite schedule, if it could be made. */
public record GetCompositeScheduleResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo,
        CompositeSchedule schedule) {
}
