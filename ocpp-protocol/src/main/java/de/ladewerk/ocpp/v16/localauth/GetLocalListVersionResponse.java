package de.ladewerk.ocpp.v16.localauth;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 GetLocalListVersion.conf: the local list's version (0 = empty, -1 = not supported). */
public record GetLocalListVersionResponse(
        @Required Integer listVersion) {
}
