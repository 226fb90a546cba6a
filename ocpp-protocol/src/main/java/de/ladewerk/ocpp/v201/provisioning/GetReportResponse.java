package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.GenericDeviceModelStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetReportResponse: whether the report will be sent. */
public record GetReportResponse(
        @Required GenericDeviceModelStatus status,
        StatusInfo statusInfo) {
}
