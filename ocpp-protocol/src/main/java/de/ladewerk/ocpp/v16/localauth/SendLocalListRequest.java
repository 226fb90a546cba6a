package de.ladewerk.ocpp.v16.localauth;

import de.ladewerk.ocpp.validation.Required;
import java.util.List;

/** OCPP 1.6 SendLocalList.req: a full or differential update of the local authorization list. */
public record SendLocalListRequest(
        @Required Integer listVersion,
        List<AuthorizationData> localAuthorizationList,
        @Required UpdateType updateType) {
}
