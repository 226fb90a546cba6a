package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.StatusInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 InstallCertificateResponse: the outcome of the installation. */
public record InstallCertificateResponse(
        @Required InstallCertificateStatus status,
        StatusInfo statusInfo) {
}
