package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.simulator.charge.LimitProfile;
import de.ladewerk.simulator.charge.ProfileReader;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** How the simulated 2.0.1 charging station answers the CSMS, as a well-behaved one does. */
final class V201Handlers {

    private final ChargingStation station;
    private final StationCommands commands;
    private final V201DeviceModel deviceModel;

    V201Handlers(ChargingStation station, StationCommands commands) {
        this.station = station;
        this.commands = commands;
        this.deviceModel = new V201DeviceModel(station);
    }

    void register(CsmsCalls calls) {
        calls.on("RequestStartTransaction", call -> {
            JsonNode p = call.payload();
            Integer evseId = p.hasNonNull("evseId") ? p.get("evseId").asInt() : null;
            LimitProfile profile = p.hasNonNull("chargingProfile") && evseId != null
                    ? ProfileReader.fromV201(p.get("chargingProfile"), evseId) : null;
            boolean accepted = commands.remoteStart(evseId, p.path("idToken").path("idToken").asText(),
                    p.path("remoteStartId").asInt(), profile);
            return status(accepted ? "Accepted" : "Rejected");
        });
        calls.on("RequestStopTransaction", call -> {
            String id = call.payload().path("transactionId").asText();
            return status(commands.remoteStop(tx -> tx.localId.equals(id)) ? "Accepted" : "Rejected");
        });
        calls.on("Reset", call -> {
            JsonNode p = call.payload();
            return status(station.resets().reset(p.hasNonNull("evseId") ? p.get("evseId").asInt() : null,
                    "Immediate".equals(p.path("type").asText()), true));
        });
        calls.on("UnlockConnector", call -> {
            int evseId = call.payload().path("evseId").asInt();
            return status(commands.unlock(evseId) ? "Unlocked" : "UnknownConnector");
        });
        calls.on("ChangeAvailability", call -> {
            JsonNode p = call.payload();
            Integer evseId = p.hasNonNull("evse") ? p.get("evse").path("id").asInt() : null;
            return status(commands.changeAvailability(evseId, "Operative".equals(p.path("operationalStatus").asText())));
        });
        calls.on("TriggerMessage", call -> trigger(call.payload()));
        calls.on("GetVariables", call -> Future.succeededFuture(deviceModel.getVariables(call.payload())));
        calls.on("SetVariables", call -> Future.succeededFuture(deviceModel.setVariables(call.payload())));
        calls.on("GetBaseReport", call -> {
            int requestId = call.payload().path("requestId").asInt();
            String base = call.payload().path("reportBase").asText();
            station.afterAnswer(() -> deviceModel.sendReport(requestId, base));
            return status("Accepted");
        });
        calls.on("SetChargingProfile", call -> {
            LimitProfile profile = ProfileReader.fromV201(call.payload().get("chargingProfile"),
                    call.payload().path("evseId").asInt());
            return status(commands.setProfile(profile) ? "Accepted" : "Rejected");
        });
        calls.on("ClearChargingProfile", call -> {
            JsonNode p = call.payload();
            JsonNode criteria = p.path("chargingProfileCriteria");
            int cleared = commands.clearProfiles(p.hasNonNull("chargingProfileId") ? p.get("chargingProfileId").asInt() : null,
                    criteria.hasNonNull("evseId") ? criteria.get("evseId").asInt() : null,
                    criteria.hasNonNull("chargingProfilePurpose")
                            ? ProfileReader.purpose(criteria.get("chargingProfilePurpose").asText()) : null,
                    criteria.hasNonNull("stackLevel") ? criteria.get("stackLevel").asInt() : null);
            return status(cleared > 0 ? "Accepted" : "Unknown");
        });
        calls.on("GetChargingProfiles", call -> Future.succeededFuture(new ProfileReports(station).get(call.payload())));
        calls.on("GetCompositeSchedule", call -> Future.succeededFuture(compositeSchedule(call.payload())));
        calls.on("SendLocalList", call -> {
            JsonNode p = call.payload();
            Map<String, String> entries = new HashMap<>();
            for (JsonNode entry : p.path("localAuthorizationList")) {
                entries.put(entry.path("idToken").path("idToken").asText(),
                        entry.hasNonNull("idTokenInfo") ? entry.get("idTokenInfo").path("status").asText() : null);
            }
            int version = p.path("versionNumber").asInt();
            boolean full = "Full".equals(p.path("updateType").asText());
            if (!full && version <= station.localAuthorization().listVersion()) {
                return status("VersionMismatch");
            }
            station.localAuthorization().update(version, full, entries);
            return status("Accepted");
        });
        calls.on("GetLocalListVersion", call ->
                Future.succeededFuture(Json.obj().put("versionNumber", station.localAuthorization().listVersion())));
        calls.on("ReserveNow", call -> {
            JsonNode p = call.payload();
            return status(commands.reserve(p.hasNonNull("evseId") ? p.get("evseId").asInt() : null,
                    p.path("idToken").path("idToken").asText(), Instant.parse(p.path("expiryDateTime").asText()),
                    p.path("id").asInt()));
        });
        calls.on("CancelReservation", call ->
                status(commands.cancelReservation(call.payload().path("reservationId").asInt()) ? "Accepted" : "Rejected"));
        calls.on("ClearCache", call -> {
            station.localAuthorization().clearCache();
            return status("Accepted");
        });
        calls.on("GetTransactionStatus", call -> {
            String id = call.payload().path("transactionId").asText(null);
            ObjectNode answer = Json.obj().put("messagesInQueue", station.queuedMessages() > 0);
            if (id != null) {
                answer.put("ongoingIndicator", station.evses().stream()
                        .anyMatch(e -> e.transaction != null && e.transaction.localId.equals(id)));
            }
            return Future.succeededFuture(answer);
        });
        calls.on("DataTransfer", call -> status("UnknownVendorId"));
        // TariffAndCost: a station with a display shows the running cost; the answer has no fields
        calls.on("CostUpdated", call -> Future.succeededFuture(Json.obj()));
    }

    private Future<ObjectNode> trigger(JsonNode p) {
        Integer evseId = p.hasNonNull("evse") ? p.get("evse").path("id").asInt() : null;
        if (evseId != null && station.findEvse(evseId).isEmpty()) {
            return status("Rejected");
        }
        return status(commands.trigger(p.path("requestedMessage").asText(), evseId) ? "Accepted" : "NotImplemented");
    }

    private ObjectNode compositeSchedule(JsonNode p) {
        int evseId = p.path("evseId").asInt();
        if (evseId != 0 && station.findEvse(evseId).isEmpty()) {
            return Json.status("Rejected");
        }
        int duration = p.path("duration").asInt();
        ObjectNode answer = Json.status("Accepted");
        ObjectNode schedule = answer.putObject("schedule").put("evseId", evseId).put("duration", duration)
                .put("scheduleStart", Json.time(station.now())).put("chargingRateUnit", "W");
        ArrayNode periods = schedule.putArray("chargingSchedulePeriod");
        for (double[] period : commands.compositeSchedule(evseId == 0 ? 1 : evseId, duration)) {
            periods.addObject().put("startPeriod", (int) period[0])
                    .put("limit", BigDecimal.valueOf(Math.round(period[1] * 10) / 10.0));
        }
        return answer;
    }

    private static Future<ObjectNode> status(String status) {
        return Future.succeededFuture(Json.status(status));
    }
}
