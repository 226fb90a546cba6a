package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.CertificateHashData;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 DeleteCertificateRequest: the certificate to delete. */
public record DeleteCertificateRequest(@Required CertificateHashData certificateHashData) {
}
