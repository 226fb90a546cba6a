package de.ladewerk.ocpp.v16.localauth;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 SendLocalList.conf. */
public record SendLocalListResponse(
        @Required UpdateStatus status) {
}
