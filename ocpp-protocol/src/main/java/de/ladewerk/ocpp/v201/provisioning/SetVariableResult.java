package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetVariableResultType: the outcome of writing one variable attribute. */
public record SetVariableResult(
        Attribute attributeType,
        @Required SetVariableStatus attributeStatus,
        StatusInfo attributeStatusInfo,
        @Required Component component,
        @Required Variable variable) {
}
