package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension SignCertificate.req: a PEM-encoded CSR for the charge point certificate. */
public record SignCertificateRequest(
        @Required @MaxLength(5500) String csr) {
}
