package de.ladewerk.ocpp.v201.remotecontrol;

/** OCPP 2.0.1 UnlockStatusEnumType. */
public enum UnlockStatus {
    Unlocked, UnlockFailed, OngoingAuthorizedTransaction, UnknownConnector
}
