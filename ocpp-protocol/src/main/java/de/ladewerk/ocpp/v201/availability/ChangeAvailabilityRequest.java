package de.ladewerk.ocpp.v201.availability;

import de.ladewerk.ocpp.v201.common.Evse;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ChangeAvailabilityRequest: make the station, an EVSE or a connector (in)operative. */
public record ChangeAvailabilityRequest(
        Evse evse,
        @Required OperationalStatus operationalStatus) {
}
