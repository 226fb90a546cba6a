package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 StatusInfoType: why a status was given. */
public record StatusInfo(@Required @MaxLength(20) String reasonCode, @MaxLength(512) String additionalInfo) {
}
