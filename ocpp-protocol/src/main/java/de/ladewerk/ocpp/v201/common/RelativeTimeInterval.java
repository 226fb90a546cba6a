package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 RelativeTimeIntervalType: seconds from the start of the schedule. */
public record RelativeTimeInterval(
        @Required Integer start,
        Integer duration) {
}
