package de.ladewerk.ocpp.v201.provisioning;

import de.ladewerk.ocpp.validation.MaxLength;

/** OCPP 2.0.1 ModemType. */
public record Modem(@MaxLength(20) String iccid, @MaxLength(20) String imsi) {
}
