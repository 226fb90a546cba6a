package de.ladewerk.ocpp.v16.core;

/** OCPP 1.6 Heartbeat.req (empty). */
public record HeartbeatRequest() {
}
