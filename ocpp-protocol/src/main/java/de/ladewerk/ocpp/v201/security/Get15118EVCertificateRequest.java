package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 Get15118EVCertificateRequest: an EV's ISO 15118 certificate installation or update request. */
public record Get15118EVCertificateRequest(
        @Required @MaxLength(50) String iso15118SchemaVersion,
        @Required CertificateAction action,
        @Required @MaxLength(5600) String exiRequest) {
}
