package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 1.6 security extension GetInstalledCertificateIds.conf with the certificates found. */
public record GetInstalledCertificateIdsResponse(
        @Required GetInstalledCertificateStatus status,
        @Size(min = 1) List<CertificateHashData> certificateHashData) {
}
