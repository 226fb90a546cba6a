package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 EventTriggerEnumType. */
public enum EventTrigger {
    Alerting, Delta, Periodic
}
