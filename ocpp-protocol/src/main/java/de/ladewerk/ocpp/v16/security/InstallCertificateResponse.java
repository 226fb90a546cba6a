package de.ladewerk.ocpp.v16.security;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 security extension InstallCertificate.conf. */
public record InstallCertificateResponse(
        @Required InstallCertificateStatus status) {
}
