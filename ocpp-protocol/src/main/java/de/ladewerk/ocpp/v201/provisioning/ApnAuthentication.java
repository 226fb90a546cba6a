package de.ladewerk.ocpp.v201.provisioning;

/** OCPP 2.0.1 APNAuthenticationEnumType. */
public enum ApnAuthentication {
    CHAP, NONE, PAP, AUTO
}
