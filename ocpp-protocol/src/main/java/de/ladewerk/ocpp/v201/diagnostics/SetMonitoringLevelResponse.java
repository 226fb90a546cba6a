package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetMonitoringLevelResponse: whether the level was set. */
public record SetMonitoringLevelResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
