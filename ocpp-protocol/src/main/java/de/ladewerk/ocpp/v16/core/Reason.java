package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 Reason a transaction was stopped. */
public enum Reason {
    EmergencyStop, EVDisconnected, HardReset, Local, Other, PowerLoss, Reboot, Remote, SoftReset, UnlockCommand, DeAuthorized
}
