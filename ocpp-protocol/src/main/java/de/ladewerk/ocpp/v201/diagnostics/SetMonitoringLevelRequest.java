package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetMonitoringLevelRequest: report only events of this severity (0-9) or more severe. */
public record SetMonitoringLevelRequest(@Required Integer severity) {
}
