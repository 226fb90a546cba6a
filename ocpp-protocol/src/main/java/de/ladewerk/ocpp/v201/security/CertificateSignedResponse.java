package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CertificateSignedResponse: whether the certificate was installed. */
public record CertificateSignedResponse(
        @Required CertificateSignedStatus status,
        StatusInfo statusInfo) {
}
