package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 MonitoringBaseEnumType. */
public enum MonitoringBase {
    All, FactoryDefault, HardWiredOnly
}
