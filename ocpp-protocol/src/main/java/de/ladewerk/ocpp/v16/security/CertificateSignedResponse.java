package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension CertificateSigned.conf. */
public record CertificateSignedResponse(
        @Required CertificateSignedStatus status) {
}
