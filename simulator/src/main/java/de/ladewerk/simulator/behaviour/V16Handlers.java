package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.simulator.charge.LimitProfile;
import de.ladewerk.simulator.charge.ProfileReader;
import de.ladewerk.simulator.model.Setting;
import de.ladewerk.simulator.model.StationSettings;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the simulated 1.6 charge point answers the CSMS, as a well-behaved one does. */
final class V16Handlers {

    private final ChargingStation station;
    private final StationCommands commands;

    V16Handlers(ChargingStation station, StationCommands commands) {
        this.station = station;
        this.commands = commands;
    }

    void register(CsmsCalls calls) {
        calls.on("RemoteStartTransaction", call -> {
            JsonNode p = call.payload();
            Integer evseId = p.hasNonNull("connectorId") ? evseOf(p.get("connectorId").asInt()) : null;
            LimitProfile profile = p.hasNonNull("chargingProfile") && evseId != null
                    ? ProfileReader.fromV16(p.get("chargingProfile"), evseId) : null;
            if (evseId != null && evseId < 0) {
                return status("Rejected");
            }
            return status(commands.remoteStart(evseId, p.path("idTag").asText(), null, profile) ? "Accepted" : "Rejected");
        });
        calls.on("RemoteStopTransaction", call -> {
            int id = call.payload().path("transactionId").asInt();
            return status(commands.remoteStop(tx -> tx.csmsId != null && tx.csmsId == id) ? "Accepted" : "Rejected");
        });
        calls.on("Reset", call -> {
            return status(station.resets().reset(null, true, "Hard".equals(call.payload().path("type").asText())));
        });
        calls.on("UnlockConnector", call -> {
            int evseId = evseOf(call.payload().path("connectorId").asInt());
            return status(evseId > 0 && commands.unlock(evseId) ? "Unlocked" : "NotSupported");
        });
        calls.on("ChangeAvailability", call -> {
            int connectorId = call.payload().path("connectorId").asInt();
            int evseId = connectorId == 0 ? 0 : evseOf(connectorId);
            if (evseId < 0) {
                return status("Rejected");
            }
            return status(commands.changeAvailability(evseId, "Operative".equals(call.payload().path("type").asText())));
        });
        calls.on("TriggerMessage", call -> trigger(call.payload()));
        calls.on("GetConfiguration", call -> Future.succeededFuture(getConfiguration(call.payload())));
        calls.on("ChangeConfiguration", call -> status(changeConfiguration(call.payload())));
        calls.on("SetChargingProfile", call -> {
            int connectorId = call.payload().path("connectorId").asInt();
            int evseId = connectorId == 0 ? 0 : evseOf(connectorId);
            if (evseId < 0) {
                return status("Rejected");
            }
            LimitProfile profile = ProfileReader.fromV16(call.payload().get("csChargingProfiles"), evseId);
            return status(commands.setProfile(profile) ? "Accepted" : "Rejected");
        });
        calls.on("ClearChargingProfile", call -> {
            JsonNode p = call.payload();
            Integer evseId = p.hasNonNull("connectorId")
                    ? (p.get("connectorId").asInt() == 0 ? 0 : evseOf(p.get("connectorId").asInt())) : null;
            int cleared = commands.clearProfiles(p.hasNonNull("id") ? p.get("id").asInt() : null, evseId,
                    p.hasNonNull("chargingProfilePurpose") ? ProfileReader.purpose(p.get("chargingProfilePurpose").asText()) : null,
                    p.hasNonNull("stackLevel") ? p.get("stackLevel").asInt() : null);
            return status(cleared > 0 ? "Accepted" : "Unknown");
        });
        calls.on("GetCompositeSchedule", call -> Future.succeededFuture(compositeSchedule(call.payload())));
        calls.on("SendLocalList", call -> {
            JsonNode p = call.payload();
            Map<String, String> entries = new HashMap<>();
            for (JsonNode entry : p.path("localAuthorizationList")) {
                entries.put(entry.path("idTag").asText(),
                        entry.hasNonNull("idTagInfo") ? entry.get("idTagInfo").path("status").asText() : null);
            }
            if (!station.settings().booleanValue("LocalAuthListEnabled")) {
                return status("NotSupported");
            }
            int version = p.path("listVersion").asInt();
            boolean full = "Full".equals(p.path("updateType").asText());
            if (!full && version <= station.localAuthorization().listVersion()) {
                return status("VersionMismatch");
            }
            station.localAuthorization().update(version, full, entries);
            return status("Accepted");
        });
        calls.on("GetLocalListVersion", call -> Future.succeededFuture(Json.obj().put("listVersion",
                station.settings().booleanValue("LocalAuthListEnabled") ? station.localAuthorization().listVersion() : -1)));
        calls.on("ReserveNow", call -> {
            JsonNode p = call.payload();
            int connectorId = p.path("connectorId").asInt();
            Integer evseId = connectorId == 0 ? null : evseOf(connectorId);
            if (evseId != null && evseId < 0) {
                return status("Rejected");
            }
            return status(commands.reserve(evseId, p.path("idTag").asText(), Instant.parse(p.path("expiryDate").asText()),
                    p.path("reservationId").asInt()));
        });
        calls.on("CancelReservation", call ->
                status(commands.cancelReservation(call.payload().path("reservationId").asInt()) ? "Accepted" : "Rejected"));
        calls.on("ClearCache", call -> {
            station.localAuthorization().clearCache();
            return status("Accepted");
        });
        calls.on("DataTransfer", call -> status("UnknownVendorId"));
    }

    private Future<ObjectNode> trigger(JsonNode p) {
        String message = p.path("requestedMessage").asText();
        Integer evseId = p.hasNonNull("connectorId") ? evseOf(p.get("connectorId").asInt()) : null;
        if (evseId != null && evseId < 0) {
            return status("Rejected");
        }
        return status(commands.trigger(message, evseId) ? "Accepted" : "NotImplemented");
    }

    private ObjectNode getConfiguration(JsonNode p) {
        StationSettings settings = station.settings();
        ObjectNode answer = Json.obj();
        ArrayNode known = answer.putArray("configurationKey");
        ArrayNode unknown = Json.obj().arrayNode();
        List<String> keys = new java.util.ArrayList<>();
        p.path("key").forEach(k -> keys.add(k.asText()));
        if (keys.isEmpty()) {
            settings.v16Keys().forEach(s -> known.add(keyValue(s)));
        }
        for (String key : keys) {
            Optional<Setting> setting = settings.byKey16(key);
            if (setting.isPresent()) {
                known.add(keyValue(setting.get()));
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            answer.set("unknownKey", unknown);
        }
        return answer;
    }

    private ObjectNode keyValue(Setting setting) {
        return Json.obj().put("key", setting.key16()).put("readonly", setting.readOnly())
                .put("value", station.settings().value(setting));
    }

    private String changeConfiguration(JsonNode p) {
        Optional<Setting> setting = station.settings().byKey16(p.path("key").asText());
        if (setting.isEmpty()) {
            return "NotSupported";
        }
        StationSettings.Change change = station.settings().change(setting.get(), p.path("value").asText());
        if (change == StationSettings.Change.ACCEPTED && "HeartbeatInterval".equals(setting.get().key16())) {
            station.afterAnswer(station::scheduleHeartbeat);
        }
        return change == StationSettings.Change.ACCEPTED ? "Accepted" : "Rejected";
    }

    private ObjectNode compositeSchedule(JsonNode p) {
        int connectorId = p.path("connectorId").asInt();
        int evseId = connectorId == 0 ? 1 : evseOf(connectorId);
        if (evseId < 0) {
            return Json.status("Rejected");
        }
        int duration = p.path("duration").asInt();
        ObjectNode answer = Json.status("Accepted").put("connectorId", connectorId)
                .put("scheduleStart", Json.time(station.now()));
        ObjectNode schedule = answer.putObject("chargingSchedule").put("duration", duration).put("chargingRateUnit", "W");
        ArrayNode periods = schedule.putArray("chargingSchedulePeriod");
        for (double[] period : commands.compositeSchedule(evseId, duration)) {
            periods.addObject().put("startPeriod", (int) period[0])
                    .put("limit", BigDecimal.valueOf(Math.round(period[1] * 10) / 10.0));
        }
        return answer;
    }

    /** The EVSE of a 1.6 connector id, or -1 when the station has no such connector. */
    private int evseOf(int connectorId) {
        int[] evseAndConnector = station.model().fromV16ConnectorId(connectorId);
        return evseAndConnector == null ? -1 : evseAndConnector[0];
    }

    private static Future<ObjectNode> status(String status) {
        return Future.succeededFuture(Json.status(status));
    }
}
