package de.ladewerk.ocpp.v201.diagnostics;

import de.ladewerk.ocpp.v201.common.CertificateHashData;
import de.ladewerk.ocpp.v201.common.IdToken;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 CustomerInformationRequest: report and/or clear what the station keeps on a customer. */
public record CustomerInformationRequest(
        CertificateHashData customerCertificate,
        IdToken idToken,
        @Required Integer requestId,
        @Required Boolean report,
        @Required Boolean clear,
        @MaxLength(64) String customerIdentifier) {
}
