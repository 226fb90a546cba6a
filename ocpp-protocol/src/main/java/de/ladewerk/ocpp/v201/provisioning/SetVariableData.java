package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetVariableDataType: one variable attribute to write. */
public record SetVariableData(
        Attribute attributeType,
        @Required @MaxLength(1000) String attributeValue,
        @Required Component component,
        @Required Variable variable) {
}
