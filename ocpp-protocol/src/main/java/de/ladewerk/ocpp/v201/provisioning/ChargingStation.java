package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 2.0.1 ChargingStationType. */
public record ChargingStation(
        @MaxLength(25) String serialNumber,
        @Required @MaxLength(20) String model,
        Modem modem,
        @Required @MaxLength(50) String vendorName,
        @MaxLength(50) String firmwareVersion) {
}
