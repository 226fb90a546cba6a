package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 BootNotificationRequest. */
public record BootNotificationRequest(@Required ChargingStation chargingStation, @Required BootReason reason) {
}
