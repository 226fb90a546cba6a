package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 VariableType: a variable of a component of the device model. */
public record Variable(
        @Required @MaxLength(50) String name,
        @MaxLength(50) String instance) {
}
