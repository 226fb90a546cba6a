package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import java.util.concurrent.TimeUnit;

/**
 * After a station accepted a ClearChargingProfile, removes the profiles it cleared from the stored ones,
 * so {@code ocpp.charging_profiles} stays what is in force rather than what was once reported. The two
 * versions name the same criteria differently (1.6 connector N is EVSE N).
 */
public final class ChargingProfileClearRecorder implements CommandOutcomeListener {

    private final Class<?> requestType;
    private final boolean v16;
    private final ChargingProfileStore profiles;

    private ChargingProfileClearRecorder(Class<?> requestType, boolean v16, ChargingProfileStore profiles) {
        this.requestType = requestType;
        this.v16 = v16;
        this.profiles = profiles;
    }

    public static ChargingProfileClearRecorder v16(ChargingProfileStore profiles) {
        return new ChargingProfileClearRecorder(de.ladewerk.ocpp.v16.smartcharging.ClearChargingProfileRequest.class,
                true, profiles);
    }

    public static ChargingProfileClearRecorder v201(ChargingProfileStore profiles) {
        return new ChargingProfileClearRecorder(de.ladewerk.ocpp.v201.smartcharging.ClearChargingProfileRequest.class,
                false, profiles);
    }

    @Override
    public Class<?> requestType() {
        return requestType;
    }

    @Override
    public void answered(CommandResult command) throws Exception {
        if (!command.accepted()) {
            return; // Unknown: the station had nothing matching, so nothing we store is in force either way
        }
        JsonNode r = command.request();
        JsonNode criteria = v16 ? r : r.path("chargingProfileCriteria");
        Integer id = number(r, v16 ? "id" : "chargingProfileId");
        Integer evse = number(criteria, v16 ? "connectorId" : "evseId");
        String purpose = criteria.hasNonNull("chargingProfilePurpose") ? criteria.get("chargingProfilePurpose").asText() : null;
        // worker thread: wait for the commit, so the profiles are gone once the command's result is
        profiles.cleared(command.stationId(), id, evse, purpose, number(criteria, "stackLevel"))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static Integer number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
