package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 ReportDataType: one variable of a component in a report. */
public record ReportData(
        @Required Component component,
        @Required Variable variable,
        @Required @Size(min = 1, max = 4) List<VariableAttribute> variableAttribute,
        VariableCharacteristics variableCharacteristics) {
}
