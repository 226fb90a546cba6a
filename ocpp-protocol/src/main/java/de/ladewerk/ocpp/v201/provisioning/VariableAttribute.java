package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;

/** OCPP 2.0.1 VariableAttributeType: one attribute value of a variable. */
public record VariableAttribute(
        Attribute type,
        @MaxLength(2500) String value,
        Mutability mutability,
        Boolean persistent,
        Boolean constant) {
}
