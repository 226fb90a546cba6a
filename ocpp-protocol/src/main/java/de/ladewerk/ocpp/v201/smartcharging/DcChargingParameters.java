package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 DCChargingParametersType: an EV's DC charging parameters (ISO 15118). */
public record DcChargingParameters(
        @Required Integer evMaxCurrent,
        @Required Integer evMaxVoltage,
        Integer energyAmount,
        Integer evMaxPower,
        @Range(min = 0, max = 100) Integer stateOfCharge,
        Integer evEnergyCapacity,
        @Range(min = 0, max = 100) Integer fullSoC,
        @Range(min = 0, max = 100) Integer bulkSoC) {
}
