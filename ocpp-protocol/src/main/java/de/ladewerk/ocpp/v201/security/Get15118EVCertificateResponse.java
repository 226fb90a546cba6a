package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 Get15118EVCertificateResponse: the EXI response for the EV, base64. */
public record Get15118EVCertificateResponse(
        @Required Iso15118EVCertificateStatus status,
        StatusInfo statusInfo,
        @Required @MaxLength(5600) String exiResponse) {
}
