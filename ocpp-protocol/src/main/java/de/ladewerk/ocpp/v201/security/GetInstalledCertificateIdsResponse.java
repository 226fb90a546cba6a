package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetInstalledCertificateIdsResponse: the installed certificates found. */
public record GetInstalledCertificateIdsResponse(
        @Required GetInstalledCertificateStatus status,
        StatusInfo statusInfo,
        @Size(min = 1) List<CertificateHashDataChain> certificateHashDataChain) {
}
