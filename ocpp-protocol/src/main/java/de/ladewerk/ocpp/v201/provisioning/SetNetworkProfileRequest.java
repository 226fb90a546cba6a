package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetNetworkProfileRequest: a network connection profile for a configuration slot. */
public record SetNetworkProfileRequest(
        @Required Integer configurationSlot,
        @Required NetworkConnectionProfile connectionData) {
}
