package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension LogEnumType: which log GetLog asks for. */
public enum LogType {
    DiagnosticsLog, SecurityLog
}
