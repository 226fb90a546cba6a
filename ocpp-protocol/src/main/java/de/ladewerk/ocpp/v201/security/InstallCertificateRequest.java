package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 InstallCertificateRequest: a root certificate (PEM) to install. */
public record InstallCertificateRequest(
        @Required InstallCertificateUse certificateType,
        @Required @MaxLength(5500) String certificate) {
}
