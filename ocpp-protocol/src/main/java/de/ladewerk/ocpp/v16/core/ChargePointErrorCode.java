package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 ChargePointErrorCode. */
public enum ChargePointErrorCode {
    ConnectorLockFailure, EVCommunicationError, GroundFailure, HighTemperature, InternalError, LocalListConflict,
    NoError, OtherError, OverCurrentFailure, PowerMeterFailure, PowerSwitchFailure, ReaderFailure, ResetFailure,
    UnderVoltage, OverVoltage, WeakSignal
}
