package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 SetVariablesRequest: variable attributes to write. */
public record SetVariablesRequest(
        @Required @Size(min = 1) List<SetVariableData> setVariableData) {
}
