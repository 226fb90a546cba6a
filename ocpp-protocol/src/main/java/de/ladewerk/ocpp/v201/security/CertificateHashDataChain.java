package de.ladewerk.ocpp.v201.security;

import de.ladewerk.ocpp.v201.common.CertificateHashData;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 CertificateHashDataChainType: an installed certificate and its sub-CA certificates. */
public record CertificateHashDataChain(
        @Required CertificateHashData certificateHashData,
        @Required GetCertificateIdUse certificateType,
        @Size(min = 1, max = 4) List<CertificateHashData> childCertificateHashData) {
}
