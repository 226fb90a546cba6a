package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetCertificateStatusResponse: the OCSP response, DER base64. */
public record GetCertificateStatusResponse(
        @Required GetCertificateStatus status,
        StatusInfo statusInfo,
        @MaxLength(5500) String ocspResult) {
}
