package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension DeleteCertificate.req: delete an installed certificate. */
public record DeleteCertificateRequest(
        @Required CertificateHashData certificateHashData) {
}
