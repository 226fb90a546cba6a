package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetBaseReportRequest: asks for one of the predefined device model reports. */
public record GetBaseReportRequest(
        @Required Integer requestId,
        @Required ReportBase reportBase) {
}
