package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ConfigurationStatus answered to ChangeConfiguration. */
public enum ConfigurationStatus {
    Accepted, Rejected, RebootRequired, NotSupported
}
