package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 SetNetworkProfileStatusEnumType. */
public enum SetNetworkProfileStatus {
    Accepted, Rejected, Failed
}
