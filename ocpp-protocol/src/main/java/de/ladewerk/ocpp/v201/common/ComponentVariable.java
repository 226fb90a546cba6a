package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ComponentVariableType: a component and optionally one of its variables. */
public record ComponentVariable(
        @Required Component component,
        Variable variable) {
}
