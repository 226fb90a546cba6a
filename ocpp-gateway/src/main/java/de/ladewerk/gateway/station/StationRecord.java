package de.ladewerk.gateway.station;

/**
 * What the handshake and boot need to know of a registered station.
 *
 * @param passwordHash Argon2id hash of the Basic-auth password, {@code null} if none is set yet
 */
public record StationRecord(String id, String passwordHash, RegistrationStatus registrationStatus, int securityProfile) {
}
