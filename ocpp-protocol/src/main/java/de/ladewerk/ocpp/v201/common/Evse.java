package de.ladewerk.ocpp.v201.common;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 EVSEType: an EVSE of the station and optionally one of its connectors. */
public record Evse(
        @Required Integer id,
        Integer connectorId) {
}
