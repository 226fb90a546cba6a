package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension CertificateHashDataType: identifies a certificate by issuer hashes and serial number. */
public record CertificateHashData(
        @Required HashAlgorithm hashAlgorithm,
        @Required @MaxLength(128) String issuerNameHash,
        @Required @MaxLength(128) String issuerKeyHash,
        @Required @MaxLength(40) String serialNumber) {
}
