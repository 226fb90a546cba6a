package de.ladewerk.ocpp.v201.transactions;

/** OCPP 2.0.1 ChargingStateEnumType. */
public enum ChargingState {
    Charging, EVConnected, SuspendedEV, SuspendedEVSE, Idle
}
