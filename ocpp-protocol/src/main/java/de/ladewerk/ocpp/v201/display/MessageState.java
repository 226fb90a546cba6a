package de.ladewerk.ocpp.v201.display;

/** OCPP 2.0.1 MessageStateEnumType. */
public enum MessageState {
    Charging, Faulted, Idle, Unavailable
}
