package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 GetInstalledCertificateIdsRequest: which kinds of certificate to list (all if absent). */
public record GetInstalledCertificateIdsRequest(
        @Size(min = 1) List<GetCertificateIdUse> certificateType) {
}
