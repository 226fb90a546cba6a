package de.ladewerk.ocpp.v201.smartcharging;

/** OCPP 2.0.1 ReportChargingProfilesResponse (empty but for customData). */
public record ReportChargingProfilesResponse() {
}
