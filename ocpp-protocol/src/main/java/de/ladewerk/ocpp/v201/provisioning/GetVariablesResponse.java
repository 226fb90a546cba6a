package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetVariablesResponse: one result per variable attribute asked for. */
public record GetVariablesResponse(
        @Required @Size(min = 1) List<GetVariableResult> getVariableResult) {
}
