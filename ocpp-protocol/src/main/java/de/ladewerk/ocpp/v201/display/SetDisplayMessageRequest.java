package de.ladewerk.ocpp.v201.display;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 SetDisplayMessageRequest: a message to show on the station's display. */
public record SetDisplayMessageRequest(@Required MessageInfo message) {
}
