package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetMonitoringResultType: the outcome of installing one monitor. */
public record SetMonitoringResult(
        Integer id,
        StatusInfo statusInfo,
        @Required SetMonitoringStatus status,
        @Required MonitorType type,
        @Required Component component,
        @Required Variable variable,
        @Required Integer severity) {
}
