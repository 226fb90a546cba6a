package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import de.ladewerk.ocpp.validation.Range;
import de.ladewerk.ocpp.validation.Required;
import java.time.Instant;

/** OCPP 1.6 StatusNotification.req; connector 0 is the charge point as a whole. */
public record StatusNotificationRequest(
        @Required @Range(min = 0) Integer connectorId,
        @Required ChargePointErrorCode errorCode,
        @MaxLength(50) String info,
        @Required ChargePointStatus status,
        Instant timestamp,
        @MaxLength(255) String vendorId,
        @MaxLength(50) String vendorErrorCode) {
}
