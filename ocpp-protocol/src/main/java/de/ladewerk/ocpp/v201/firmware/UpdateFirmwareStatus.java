package de.ladewerk.ocpp.v201.firmware;

/** OCPP 2.0.1 UpdateFirmwareStatusEnumType. */
public enum UpdateFirmwareStatus {
    Accepted, Rejected, AcceptedCanceled, InvalidCertificate, RevokedCertificate
}
