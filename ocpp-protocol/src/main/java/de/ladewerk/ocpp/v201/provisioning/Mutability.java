package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 MutabilityEnumType. */
public enum Mutability {
    ReadOnly, WriteOnly, ReadWrite
}
