package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ClearDisplayMessageRequest: remove a display message. */
public record ClearDisplayMessageRequest(@Required Integer id) {
}
