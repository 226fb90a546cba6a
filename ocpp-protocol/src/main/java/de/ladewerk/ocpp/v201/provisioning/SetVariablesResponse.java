package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 SetVariablesResponse: one result per variable attribute written. */
public record SetVariablesResponse(
        @Required @Size(min = 1) List<SetVariableResult> setVariableResult) {
}
