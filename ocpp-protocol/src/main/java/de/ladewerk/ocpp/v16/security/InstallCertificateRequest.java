package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension InstallCertificate.req: install a PEM root certificate. */
public record InstallCertificateRequest(
        @Required CertificateUse certificateType,
        @Required @MaxLength(5500) String certificate) {
}
