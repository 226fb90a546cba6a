package de.ladewerk.ocpp.v201.authorization;

import de.ladewerk.ocpp.v201.common.IdToken;
import de.ladewerk.ocpp.v201.common.OcspRequestData;
import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 AuthorizeRequest: asks whether an idToken may charge. */
public record AuthorizeRequest(
        @Required IdToken idToken,
        @MaxLength(5500) String certificate,
        @Size(min = 1, max = 4) List<OcspRequestData> iso15118CertificateHashData) {
}
