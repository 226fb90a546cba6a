package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SendLocalListResponse: whether the list was applied. */
public record SendLocalListResponse(
        @Required SendLocalListStatus status,
        StatusInfo statusInfo) {
}
