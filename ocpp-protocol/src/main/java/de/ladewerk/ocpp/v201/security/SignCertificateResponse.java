package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.GenericStatus;
import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SignCertificateResponse: whether the CSR will be forwarded to the CA. */
public record SignCertificateResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
