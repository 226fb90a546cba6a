package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetVariableDataType: one variable attribute to read. */
public record GetVariableData(
        Attribute attributeType,
        @Required Component component,
        @Required Variable variable) {
}
