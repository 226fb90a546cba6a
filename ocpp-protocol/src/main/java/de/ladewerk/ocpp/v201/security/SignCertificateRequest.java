package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SignCertificateRequest: a CSR the station wants signed. */
public record SignCertificateRequest(
        @Required @MaxLength(5500) String csr,
        CertificateSigningUse certificateType) {
}
