package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.ComponentVariable;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetMonitoringReportRequest: asks for a report of the installed monitors. */
public record GetMonitoringReportRequest(
        @Size(min = 1) List<ComponentVariable> componentVariable,
        @Required Integer requestId,
        @Size(min = 1, max = 3) List<MonitoringCriterion> monitoringCriteria) {
}
