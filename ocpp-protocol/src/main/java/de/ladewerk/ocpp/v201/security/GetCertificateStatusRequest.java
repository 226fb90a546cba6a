package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.OcspRequestData;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 GetCertificateStatusRequest: the certificate whose OCSP status the station wants. */
public record GetCertificateStatusRequest(@Required OcspRequestData ocspRequestData) {
}
