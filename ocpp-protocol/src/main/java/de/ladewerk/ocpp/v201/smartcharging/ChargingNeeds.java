package de.ladewerk.ocpp.v201.smartcharging;

import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 2.0.1 ChargingNeedsType: what energy the EV asks for and until when. */
public record ChargingNeeds(
        AcChargingParameters acChargingParameters,
        DcChargingParameters dcChargingParameters,
        @Required EnergyTransferMode requestedEnergyTransfer,
        Instant departureTime) {
}
