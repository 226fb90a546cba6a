package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CertificateSignedRequest: the signed certificate chain (PEM) for the station. */
public record CertificateSignedRequest(
        @Required @MaxLength(10000) String certificateChain,
        CertificateSigningUse certificateType) {
}
