package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Required;

/** OCPP 1.6 BootNotification.req: the charge point tells who it is after (re)start. */
public record BootNotificationRequest(
        @Required @MaxLength(20) String chargePointVendor,
        @Required @MaxLength(20) String chargePointModel,
        @MaxLength(25) String chargePointSerialNumber,
        @MaxLength(25) String chargeBoxSerialNumber,
        @MaxLength(50) String firmwareVersion,
        @MaxLength(20) String iccid,
        @MaxLength(20) String imsi,
        @MaxLength(25) String meterType,
        @MaxLength(25) String meterSerialNumber) {
}
