package de.ladewerk.ocpp.v16.localauth;

/** OCPP 1.6 GetLocalListVersion.req (empty). */
public record GetLocalListVersionRequest() {
}
