package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 SendLocalListRequest: a full or differential local authorization list. */
public record SendLocalListRequest(
        @Size(min = 1) List<AuthorizationData> localAuthorizationList,
        @Required Integer versionNumber,
        @Required UpdateType updateType) {
}
