package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.simulator.charge.LimitProfile;
import de.ladewerk.simulator.charge.ProfileReader;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GetChargingProfiles as a 2.0.1 station answers it: "NoProfiles" when no installed profile matches
 * the criteria, else "Accepted" and then ReportChargingProfiles with the matching profiles, one
 * message per EVSE (station-wide ones under EVSE 0), {@code tbc} on all but the last, sent one after
 * the other. Every profile here was set by the CSMS, so its source is CSO. Event loop only.
 */
final class ProfileReports {

    private final ChargingStation station;

    ProfileReports(ChargingStation station) {
        this.station = station;
    }

    ObjectNode get(JsonNode request) {
        int requestId = request.path("requestId").asInt();
        Integer evseId = request.hasNonNull("evseId") ? request.get("evseId").asInt() : null;
        JsonNode criteria = request.path("chargingProfile");
        Map<Integer, List<LimitProfile>> byEvse = new TreeMap<>();
        station.limits().installed().stream().filter(p -> matches(p, evseId, criteria))
                .sorted(Comparator.comparingInt(LimitProfile::id))
                .forEach(p -> byEvse.computeIfAbsent(p.evseId(), k -> new ArrayList<>()).add(p));
        if (byEvse.isEmpty()) {
            return Json.status("NoProfiles");
        }
        List<ObjectNode> reports = new ArrayList<>();
        byEvse.forEach((evse, profiles) -> {
            ObjectNode report = Json.obj().put("requestId", requestId).put("chargingLimitSource", "CSO").put("evseId", evse);
            ArrayNode list = report.putArray("chargingProfile");
            profiles.forEach(p -> list.add(write(p)));
            reports.add(report);
        });
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).put("tbc", i < reports.size() - 1);
        }
        station.afterAnswer(() -> {
            Future<JsonNode> chain = Future.succeededFuture();
            for (ObjectNode report : reports) {
                chain = chain.compose(v -> station.call("ReportChargingProfiles", report));
            }
        });
        return Json.status("Accepted");
    }

    private static boolean matches(LimitProfile p, Integer evseId, JsonNode criteria) {
        if (evseId != null && p.evseId() != evseId) {
            return false;
        }
        JsonNode ids = criteria.path("chargingProfileId");
        if (ids.isArray() && !ids.isEmpty() && !contains(ids, Integer.toString(p.id()))) {
            return false;
        }
        if (criteria.hasNonNull("stackLevel") && criteria.get("stackLevel").asInt() != p.stackLevel()) {
            return false;
        }
        if (criteria.hasNonNull("chargingProfilePurpose")
                && ProfileReader.purpose(criteria.get("chargingProfilePurpose").asText()) != p.purpose()) {
            return false;
        }
        JsonNode sources = criteria.path("chargingLimitSource");
        return !sources.isArray() || sources.isEmpty() || contains(sources, "CSO");
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The profile as a 2.0.1 ChargingProfileType, as installed. */
    static ObjectNode write(LimitProfile p) {
        ObjectNode o = Json.obj().put("id", p.id()).put("stackLevel", p.stackLevel())
                .put("chargingProfilePurpose", purpose(p.purpose())).put("chargingProfileKind", kind(p.kind()));
        if (p.recurrency() != null) {
            o.put("recurrencyKind", p.recurrency() == LimitProfile.Recurrency.WEEKLY ? "Weekly" : "Daily");
        }
        if (p.validFrom() != null) {
            o.put("validFrom", Json.time(p.validFrom()));
        }
        if (p.validTo() != null) {
            o.put("validTo", Json.time(p.validTo()));
        }
        if (p.transactionId() != null) {
            o.put("transactionId", p.transactionId());
        }
        ObjectNode schedule = o.putArray("chargingSchedule").addObject().put("id", p.id());
        if (p.startSchedule() != null) {
            schedule.put("startSchedule", Json.time(p.startSchedule()));
        }
        if (p.duration() != null) {
            schedule.put("duration", (int) p.duration().getSeconds());
        }
        schedule.put("chargingRateUnit", p.inAmps() ? "A" : "W");
        ArrayNode periods = schedule.putArray("chargingSchedulePeriod");
        for (LimitProfile.Period period : p.periods()) {
            ObjectNode n = periods.addObject().put("startPeriod", period.startSeconds()).put("limit", period.limit());
            if (period.phases() != null) {
                n.put("numberPhases", period.phases());
            }
        }
        return o;
    }

    private static String purpose(LimitProfile.Purpose purpose) {
        switch (purpose) {
            case STATION_MAX:
                return "ChargingStationMaxProfile";
            case TX_DEFAULT:
                return "TxDefaultProfile";
            default:
                return "TxProfile";
        }
    }

    private static String kind(LimitProfile.Kind kind) {
        switch (kind) {
            case RECURRING:
                return "Recurring";
            case RELATIVE:
                return "Relative";
            default:
                return "Absolute";
        }
    }
}
