package de.ladewerk.gateway.security;

import de.ladewerk.gateway.certificate.CertificateCommands;
import de.ladewerk.gateway.certificate.CertificateService;
import de.ladewerk.gateway.firmware.FirmwareEvents;
import de.ladewerk.gateway.pnc.CertificateStatusService;
import de.ladewerk.gateway.securityevent.SecurityEventService;

/**
 * The security, certificate and firmware services the version handlers map to and the operator commands
 * go through, built once by the gateway.
 */
public record SecurityServices(CertificateService certificates, CertificateCommands certificateCommands,
                               SecurityEventService securityEvents, FirmwareEvents firmwareEvents,
                               PasswordRotation passwords, SecurityProfiles profiles,
                               CertificateStatusService certificateStatus) {
}
