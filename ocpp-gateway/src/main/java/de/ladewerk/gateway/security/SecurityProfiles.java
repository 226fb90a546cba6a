package de.ladewerk.gateway.security;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.v16.core.ChangeConfigurationRequest;
import de.ladewerk.ocpp.v16.core.ChangeConfigurationResponse;
import de.ladewerk.ocpp.v201.provisioning.NetworkConnectionProfile;
import de.ladewerk.ocpp.v201.provisioning.SetNetworkProfileRequest;
import de.ladewerk.ocpp.v201.provisioning.SetNetworkProfileResponse;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;

/**
 * Per-station security profiles. An operator sets one directly ({@link #set}); or the station is asked to
 * move up ({@link #upgrade16}, {@link #upgrade201}): once it accepts, the new profile is stored as pending and
 * becomes the station's profile when it first connects meeting it (see the handshake's
 * SecurityProfileUpgradeFilter) — from then on it may not connect below it. Lowering a profile is only
 * possible with {@link #set}.
 */
public final class SecurityProfiles {

    /** The station's answer and whether the upgrade is now pending. */
    public record Upgrade(String stationId, int profile, String status, boolean pending) {
    }

    private final StationCaller caller;
    private final StationSecurityRepository repository;
    private final WorkerExecutor blocking;

    public SecurityProfiles(StationCaller caller, StationSecurityRepository repository, WorkerExecutor blocking) {
        this.caller = caller;
        this.repository = repository;
        this.blocking = blocking;
    }

    /** Sets the lowest profile the station may connect with; false if there is no such station. */
    public Future<Boolean> set(String stationId, int profile) {
        check(profile, 1);
        return blocking.executeBlocking(() -> repository.setSecurityProfile(stationId, profile), false);
    }

    /** 1.6 security extension: ChangeConfiguration SecurityProfile (TC_083). */
    public Future<Upgrade> upgrade16(String stationId, int profile) {
        check(profile, 2);
        requireVersion(stationId, OcppVersion.V16);
        return remember(stationId, profile, caller.call(stationId, "ChangeConfiguration",
                new ChangeConfigurationRequest("SecurityProfile", Integer.toString(profile)),
                ChangeConfigurationResponse.class).map(r -> r.status().name()));
    }

    /**
     * 2.0.1: SetNetworkProfile with a connection profile of a higher security profile (A05). The operator
     * then makes the slot the preferred one (SetVariables NetworkConfigurationPriority) and resets the station.
     */
    public Future<Upgrade> upgrade201(String stationId, int configurationSlot, NetworkConnectionProfile connection) {
        check(connection.securityProfile(), 2);
        requireVersion(stationId, OcppVersion.V201);
        return remember(stationId, connection.securityProfile(), caller.call(stationId, "SetNetworkProfile",
                new SetNetworkProfileRequest(configurationSlot, connection), SetNetworkProfileResponse.class)
                .map(r -> r.status().name()));
    }

    private Future<Upgrade> remember(String stationId, int profile, Future<String> status) {
        return status.compose(s -> "Accepted".equals(s)
                ? blocking.executeBlocking(() -> repository.setPendingSecurityProfile(stationId, profile), false)
                        .map(ok -> new Upgrade(stationId, profile, s, ok))
                : Future.succeededFuture(new Upgrade(stationId, profile, s, false)));
    }

    private void requireVersion(String stationId, OcppVersion version) {
        if (caller.version(stationId) != version) {
            throw new IllegalArgumentException("station " + stationId + " is not connected with " + version.subprotocol());
        }
    }

    private static void check(Integer profile, int min) {
        if (profile == null || profile < min || profile > 3) {
            throw new IllegalArgumentException("security profile must be " + min + "–3, is " + profile);
        }
    }
}
