package de.ladewerk.ocpp.v16.smartcharging;

/** OCPP 1.6 GetCompositeScheduleStatus. */
public enum GetCompositeScheduleStatus {
    Accepted, Rejected
}
