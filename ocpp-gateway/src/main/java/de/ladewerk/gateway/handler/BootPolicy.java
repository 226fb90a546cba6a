package de.ladewerk.gateway.handler;

import de.ladewerk.gateway.station.RegistrationStatus;

/**
 * The intervals a BootNotification answer carries.
 *
 * @param heartbeatIntervalSeconds told to accepted stations
 * @param retryIntervalSeconds     told to pending or rejected stations: when to boot again
 */
public record BootPolicy(int heartbeatIntervalSeconds, int retryIntervalSeconds) {

    public int intervalFor(RegistrationStatus status) {
        return status == RegistrationStatus.ACCEPTED ? heartbeatIntervalSeconds : retryIntervalSeconds;
    }
}
