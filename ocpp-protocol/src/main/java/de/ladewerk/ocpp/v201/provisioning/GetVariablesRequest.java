package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetVariablesRequest: variable attributes to read. */
public record GetVariablesRequest(
        @Required @Size(min = 1) List<GetVariableData> getVariableData) {
}
