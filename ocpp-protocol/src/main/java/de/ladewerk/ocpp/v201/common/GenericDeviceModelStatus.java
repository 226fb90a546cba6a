package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 GenericDeviceModelStatusEnumType. */
public enum GenericDeviceModelStatus {
    Accepted, Rejected, NotSupported, EmptyResultSet
}
