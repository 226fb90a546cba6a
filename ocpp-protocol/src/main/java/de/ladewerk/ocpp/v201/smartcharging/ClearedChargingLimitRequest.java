package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ClearedChargingLimitRequest: an external charging limit was released. */
public record ClearedChargingLimitRequest(
        @Required ChargingLimitSource chargingLimitSource,
        Integer evseId) {
}
