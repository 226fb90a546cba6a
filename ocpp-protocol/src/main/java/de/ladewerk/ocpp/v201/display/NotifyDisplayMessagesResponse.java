package de.ladewerk.ocpp.v201.display;

/** OCPP 2.0.1 NotifyDisplayMessagesResponse (empty but for customData). */
public record NotifyDisplayMessagesResponse() {
}
