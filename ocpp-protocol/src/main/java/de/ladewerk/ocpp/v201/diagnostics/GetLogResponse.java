package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetLogResponse: whether the upload will happen, and the file name. */
public record GetLogResponse(
        @Required LogStatus status,
        StatusInfo statusInfo,
        @MaxLength(255) String filename) {
}
