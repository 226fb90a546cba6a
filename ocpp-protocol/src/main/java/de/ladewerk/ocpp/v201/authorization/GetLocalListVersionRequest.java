package de.ladewerk.ocpp.v201.authorization;

/** OCPP 2.0.1 GetLocalListVersionRequest (empty but for customData). */
public record GetLocalListVersionRequest() {
}
