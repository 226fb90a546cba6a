package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 ChargingProfilePurposeEnumType. */
public enum ChargingProfilePurpose {
    ChargingStationExternalConstraints, ChargingStationMaxProfile, TxDefaultProfile, TxProfile
}
