package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 OCPPTransportEnumType. */
public enum OcppTransport {
    JSON, SOAP
}
