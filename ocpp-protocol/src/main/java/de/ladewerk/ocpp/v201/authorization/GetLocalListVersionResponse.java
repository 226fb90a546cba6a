package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetLocalListVersionResponse: the version of the local authorization list. */
public record GetLocalListVersionResponse(@Required Integer versionNumber) {
}
