package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ACChargingParametersType: an EV's AC charging parameters (ISO 15118). */
public record AcChargingParameters(
        @Required Integer energyAmount,
        @Required Integer evMinCurrent,
        @Required Integer evMaxCurrent,
        @Required Integer evMaxVoltage) {
}
