package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetVariableResultType: the value read for one variable attribute, or why not. */
public record GetVariableResult(
        @Required GetVariableStatus attributeStatus,
        StatusInfo attributeStatusInfo,
        Attribute attributeType,
        @MaxLength(2500) String attributeValue,
        @Required Component component,
        @Required Variable variable) {
}
