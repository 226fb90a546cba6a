package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ClearMonitoringResultType: the outcome of clearing one monitor. */
public record ClearMonitoringResult(
        @Required ClearMonitoringStatus status,
        @Required Integer id,
        StatusInfo statusInfo) {
}
