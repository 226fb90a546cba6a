package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 OCPPVersionEnumType: the OCPP version a network profile connects with. */
public enum NetworkOcppVersion {
    OCPP12, OCPP15, OCPP16, OCPP20
}
