package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.Required;
import java.math.BigDecimal;

/** OCPP 2.0.1 SetMonitoringDataType: a monitor to install or replace. */
public record SetMonitoringData(
        Integer id,
        Boolean transaction,
        @Required BigDecimal value,
        @Required MonitorType type,
        @Required Integer severity,
        @Required Component component,
        @Required Variable variable) {
}
