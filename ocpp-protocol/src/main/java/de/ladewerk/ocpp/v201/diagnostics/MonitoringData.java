package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 MonitoringDataType: the monitors of one variable. */
public record MonitoringData(
        @Required Component component,
        @Required Variable variable,
        @Required @Size(min = 1) List<VariableMonitoring> variableMonitoring) {
}
