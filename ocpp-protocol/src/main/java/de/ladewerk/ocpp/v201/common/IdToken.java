package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.util.List;

/** OCPP 2.0.1 IdTokenType: an identifier used for authorization, with its kind. */
public record IdToken(
        @Required @MaxLength(36) String idToken,
        @Required IdTokenType type,
        @Size(min = 1) List<AdditionalInfo> additionalInfo) {
}
