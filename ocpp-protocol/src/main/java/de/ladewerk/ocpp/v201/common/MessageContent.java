package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 MessageContentType: a message to show to the driver. */
public record MessageContent(
        @Required MessageFormat format,
        @MaxLength(8) String language,
        @Required @MaxLength(512) String content) {
}
