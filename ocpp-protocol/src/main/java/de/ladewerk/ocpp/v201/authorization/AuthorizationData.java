package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.v201.common.IdToken;
import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 AuthorizationData: one entry of the local authorization list. */
public record AuthorizationData(
        @Required IdToken idToken,
        IdTokenInfo idTokenInfo) {
}
