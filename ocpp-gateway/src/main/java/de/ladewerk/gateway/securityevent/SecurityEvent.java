package de.ladewerk.gateway.securityevent;

import java.time.Instant;

/**
 * A security event a station reported (SecurityEventNotification, 1.6 security extension and 2.0.1).
 *
 * @param type       the event type, e.g. {@code FirmwareUpdated}, {@code InvalidCsmsCertificate} or vendor-defined
 * @param time       when the station says it happened
 * @param techInfo   the station's technical detail, if any
 * @param receivedAt when Ladewerk received it
 */
public record SecurityEvent(String stationId, String type, Instant time, String techInfo, Instant receivedAt) {
}
