package de.ladewerk.gateway.security;

import java.util.OptionalInt;

/** A station's security settings as stored. Blocking: call from worker threads only. */
public interface StationSecurityRepository {

    /** The profile a SetNetworkProfile / ChangeConfiguration upgrade asked the station to move to, if any. */
    OptionalInt pendingSecurityProfile(String stationId);

    /** Sets the lowest profile the station may connect with and clears a pending upgrade; false if no station. */
    boolean setSecurityProfile(String stationId, int profile);

    /** Remembers an upgrade the station accepted; it takes effect when the station connects with it. */
    boolean setPendingSecurityProfile(String stationId, int profile);

    /** Replaces the station's Basic-auth password hash; false if no station. */
    boolean setPasswordHash(String stationId, String passwordHash);
}
