package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 NotifyReportRequest: one part of a device model report. */
public record NotifyReportRequest(
        @Required Integer requestId,
        @Required Instant generatedAt,
        @Size(min = 1) List<ReportData> reportData,
        Boolean tbc,
        @Required Integer seqNo) {
}
