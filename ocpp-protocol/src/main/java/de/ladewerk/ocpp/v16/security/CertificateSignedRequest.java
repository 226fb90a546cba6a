package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension CertificateSigned.req: the signed PEM certificate chain, leaf first. */
public record CertificateSignedRequest(
        @Required @MaxLength(10000) String certificateChain) {
}
