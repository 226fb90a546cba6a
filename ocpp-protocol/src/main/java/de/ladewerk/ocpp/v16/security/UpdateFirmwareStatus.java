package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension UpdateFirmwareStatusEnumType answered to SignedUpdateFirmware. */
public enum UpdateFirmwareStatus {
    Accepted, Rejected, AcceptedCanceled, InvalidCertificate, RevokedCertificate
}
