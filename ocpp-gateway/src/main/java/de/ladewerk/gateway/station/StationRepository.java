package de.ladewerk.gateway.station;

import java.util.Optional;

/** Stations as the gateway reads and registers them. Blocking: call from worker threads only. */
public interface StationRepository {

    Optional<StationRecord> find(String id);

    /**
     * Registers a station, or updates its password and status if it exists.
     *
     * @param passwordHash hash from {@code PasswordHasher}, or {@code null} to keep the current one
     */
    void register(String id, String passwordHash, RegistrationStatus status);

    /** Sets the registration status of an existing station; false if there is none. */
    boolean setRegistrationStatus(String id, RegistrationStatus status);

    /** Marks every station offline; at start-up no connection exists yet. */
    void markAllOffline();
}
