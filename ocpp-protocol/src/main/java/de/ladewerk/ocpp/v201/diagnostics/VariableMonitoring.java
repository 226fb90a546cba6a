package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 2.0.1 VariableMonitoringType: one monitor installed on a variable. */
public record VariableMonitoring(
        @Required Integer id,
        @Required Boolean transaction,
        @Required BigDecimal value,
        @Required MonitorType type,
        @Required Integer severity) {
}
