package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.GenericDeviceModelStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetMonitoringBaseResponse: whether the base was set. */
public record SetMonitoringBaseResponse(
        @Required GenericDeviceModelStatus status,
        StatusInfo statusInfo) {
}
