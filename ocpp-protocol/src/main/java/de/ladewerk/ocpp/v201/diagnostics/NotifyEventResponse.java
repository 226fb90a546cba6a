package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 NotifyEventResponse (empty but for customData). */
public record NotifyEventResponse() {
}
