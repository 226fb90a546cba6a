package de.ladewerk.ocpp.v16.types;

/** OCPP 1.6 ChargingProfilePurposeType: what a charging profile limits. */
public enum ChargingProfilePurposeType {
    ChargePointMaxProfile, TxDefaultProfile, TxProfile
}
