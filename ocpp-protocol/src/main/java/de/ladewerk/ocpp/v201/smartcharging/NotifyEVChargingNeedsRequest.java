package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 NotifyEVChargingNeedsRequest: the charging needs an EV reported. */
public record NotifyEVChargingNeedsRequest(
        Integer maxScheduleTuples,
        @Required ChargingNeeds chargingNeeds,
        @Required Integer evseId) {
}
