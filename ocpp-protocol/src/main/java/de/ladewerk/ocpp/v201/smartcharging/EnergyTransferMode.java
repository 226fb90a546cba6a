package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 EnergyTransferModeEnumType. */
public enum EnergyTransferMode {
    DC, AC_single_phase, AC_two_phase, AC_three_phase
}
