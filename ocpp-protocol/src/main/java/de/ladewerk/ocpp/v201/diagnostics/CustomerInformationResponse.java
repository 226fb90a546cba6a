package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CustomerInformationResponse: whether the request will be carried out. */
public record CustomerInformationResponse(
        @Required CustomerInformationStatus status,
        StatusInfo statusInfo) {
}
