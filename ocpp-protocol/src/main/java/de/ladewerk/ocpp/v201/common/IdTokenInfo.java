package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;
import de.ladewerk.ocpp.validation.Size;
import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 IdTokenInfoType: the authorization status of an idToken and what goes with it. */
public record IdTokenInfo(
        @Required AuthorizationStatus status,
        Instant cacheExpiryDateTime,
        Integer chargingPriority,
        @MaxLength(8) String language1,
        @Size(min = 1) List<Integer> evseId,
        IdToken groupIdToken,
        @MaxLength(8) String language2,
        MessageContent personalMessage) {
}
