package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 OCSPRequestDataType: what an OCSP responder needs to check one certificate. */
public record OcspRequestData(
        @Required HashAlgorithm hashAlgorithm,
        @Required @MaxLength(128) String issuerNameHash,
        @Required @MaxLength(128) String issuerKeyHash,
        @Required @MaxLength(40) String serialNumber,
        @Required @MaxLength(512) String responderURL) {
}
