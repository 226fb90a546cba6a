package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 NotifyMonitoringReportRequest: one part of a monitoring report. */
public record NotifyMonitoringReportRequest(
        @Size(min = 1) List<MonitoringData> monitor,
        @Required Integer requestId,
        Boolean tbc,
        @Required Integer seqNo,
        @Required Instant generatedAt) {
}
