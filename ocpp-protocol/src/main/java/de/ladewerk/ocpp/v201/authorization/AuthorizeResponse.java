package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 AuthorizeResponse: the idToken's status and, for 15118, the certificate's. */
public record AuthorizeResponse(
        @Required IdTokenInfo idTokenInfo,
        AuthorizeCertificateStatus certificateStatus) {
}
