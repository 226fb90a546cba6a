package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 GetVariableStatusEnumType. */
public enum GetVariableStatus {
    Accepted, Rejected, UnknownComponent, UnknownVariable, NotSupportedAttributeType
}
