package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 LogEnumType. */
public enum LogType {
    DiagnosticsLog, SecurityLog
}
