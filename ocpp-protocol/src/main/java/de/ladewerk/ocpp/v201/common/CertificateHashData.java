package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CertificateHashDataType: identifies a certificate by hashes and serial number. */
public record CertificateHashData(
        @Required HashAlgorithm hashAlgorithm,
        @Required @MaxLength(128) String issuerNameHash,
        @Required @MaxLength(128) String issuerKeyHash,
        @Required @MaxLength(40) String serialNumber) {
}
