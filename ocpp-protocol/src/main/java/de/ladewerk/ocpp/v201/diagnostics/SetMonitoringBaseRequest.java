package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetMonitoringBaseRequest: which set of monitors is active. */
public record SetMonitoringBaseRequest(@Required MonitoringBase monitoringBase) {
}
