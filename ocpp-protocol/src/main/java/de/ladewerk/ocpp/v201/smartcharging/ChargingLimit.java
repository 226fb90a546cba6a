package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ChargingLimitType: the source of an external charging limit. */
public record ChargingLimit(
        @Required ChargingLimitSource chargingLimitSource,
        Boolean isGridCritical) {
}
