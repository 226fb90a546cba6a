package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 DeleteCertificateResponse: the outcome of the deletion. */
public record DeleteCertificateResponse(
        @Required DeleteCertificateStatus status,
        StatusInfo statusInfo) {
}
