package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetNetworkProfileResponse: whether the profile was stored. */
public record SetNetworkProfileResponse(
        @Required SetNetworkProfileStatus status,
        StatusInfo statusInfo) {
}
