package de.ladewerk.ocpp.v201.authorization;

/** OCPP 2.0.1 SendLocalListStatusEnumType. */
public enum SendLocalListStatus {
    Accepted, Failed, VersionMismatch
}
