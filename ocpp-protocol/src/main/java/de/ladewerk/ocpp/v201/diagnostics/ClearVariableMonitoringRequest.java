package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 ClearVariableMonitoringRequest: ids of monitors to clear. */
public record ClearVariableMonitoringRequest(@Required @Size(min = 1) List<Integer> id) {
}
