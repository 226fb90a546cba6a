package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 AdditionalInfoType: a further token that belongs to an idToken. */
public record AdditionalInfo(
        @Required @MaxLength(36) String additionalIdToken,
        @Required @MaxLength(50) String type) {
}
