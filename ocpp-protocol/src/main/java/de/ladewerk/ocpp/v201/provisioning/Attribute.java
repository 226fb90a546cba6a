package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 AttributeEnumType: which attribute of a variable (default Actual). */
public enum Attribute {
    Actual, Target, MinSet, MaxSet
}
