package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension SignCertificate.conf. */
public record SignCertificateResponse(
        @Required GenericStatus status) {
}
