package de.ladewerk.gateway.station;

import java.time.Instant;

/** A station introduced itself with a BootNotification (any version). */
public record StationBoot(
        String stationId,
        String protocolVersion,
        String vendor,
        String model,
        String serialNumber,
        String firmwareVersion,
        String iccid,
        String imsi,
        String meterType,
        String meterSerialNumber,
        String reason,
        Instant at) {
}
