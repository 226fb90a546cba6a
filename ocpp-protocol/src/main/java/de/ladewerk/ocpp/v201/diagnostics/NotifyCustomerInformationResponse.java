package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 NotifyCustomerInformationResponse (empty but for customData). */
public record NotifyCustomerInformationResponse() {
}
