package de.ladewerk.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.command.CommandOutcomeListener;
import de.ladewerk.gateway.command.CommandResult;
import java.util.function.Function;

/**
 * Records a security-profile upgrade sent as a plain command (through the command API, not through
 * {@link SecurityProfiles}) once the station accepts it: the profile becomes pending, and the handshake's
 * SecurityProfileUpgradeFilter makes it the station's profile when it reconnects meeting it. The
 * version-specific part is reading the requested profile ({@link #v16} / {@link #v201}).
 */
public final class SecurityProfileRecorder implements CommandOutcomeListener {

    private final Class<?> requestType;
    private final Function<JsonNode, Integer> requestedProfile;
    private final StationSecurityRepository repository;

    private SecurityProfileRecorder(Class<?> requestType, Function<JsonNode, Integer> requestedProfile,
                                    StationSecurityRepository repository) {
        this.requestType = requestType;
        this.requestedProfile = requestedProfile;
        this.repository = repository;
    }

    /** For OCPP 1.6 (security extension) ChangeConfiguration of the key SecurityProfile (TC_083). */
    public static SecurityProfileRecorder v16(StationSecurityRepository repository) {
        return new SecurityProfileRecorder(de.ladewerk.ocpp.v16.core.ChangeConfigurationRequest.class,
                request -> "SecurityProfile".equalsIgnoreCase(request.path("key").asText())
                        ? number(request.path("value").asText()) : null, repository);
    }

    /** For OCPP 2.0.1 SetNetworkProfile (TC_A_19): the profile of the connection data sent. */
    public static SecurityProfileRecorder v201(StationSecurityRepository repository) {
        return new SecurityProfileRecorder(de.ladewerk.ocpp.v201.provisioning.SetNetworkProfileRequest.class,
                request -> {
                    JsonNode profile = request.path("connectionData").path("securityProfile");
                    return profile.isInt() ? profile.asInt() : null;
                }, repository);
    }

    @Override
    public Class<?> requestType() {
        return requestType;
    }

    @Override
    public void answered(CommandResult command) {
        Integer profile = command.accepted() ? requestedProfile.apply(command.request()) : null;
        // profile 1 is no upgrade (lowering is only possible directly, SecurityProfiles.set)
        if (profile != null && profile >= 2 && profile <= 3) {
            repository.setPendingSecurityProfile(command.stationId(), profile);
        }
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
