package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension GetInstalledCertificateIds.req: list the installed certificates of one type. */
public record GetInstalledCertificateIdsRequest(
        @Required CertificateUse certificateType) {
}
