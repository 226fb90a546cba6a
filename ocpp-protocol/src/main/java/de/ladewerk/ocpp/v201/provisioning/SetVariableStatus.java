package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 SetVariableStatusEnumType. */
public enum SetVariableStatus {
    Accepted, Rejected, UnknownComponent, UnknownVariable, NotSupportedAttributeType, RebootRequired
}
