package de.ladewerk.simulator.charge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads OCPP 1.6 and 2.0.1 charging profiles (already schema-checked JSON) into {@link LimitProfile}s. */
public final class ProfileReader {

    private ProfileReader() {
    }

    /** A 1.6 {@code csChargingProfiles} for the EVSE of the request's connector (0: the station). */
    public static LimitProfile fromV16(JsonNode p, int evseId) {
        JsonNode schedule = p.path("chargingSchedule");
        return new LimitProfile(p.path("chargingProfileId").asInt(), p.path("stackLevel").asInt(),
                purpose(p.path("chargingProfilePurpose").asText()), evseId, kind(p.path("chargingProfileKind").asText()),
                recurrency(p.path("recurrencyKind").asText(null)), time(p.get("validFrom")), time(p.get("validTo")),
                p.hasNonNull("transactionId") ? p.get("transactionId").asText() : null,
                time(schedule.get("startSchedule")), seconds(schedule.get("duration")),
                "A".equals(schedule.path("chargingRateUnit").asText()), periods(schedule));
    }

    /** A 2.0.1 {@code chargingProfile}; its first schedule is the one obeyed. */
    public static LimitProfile fromV201(JsonNode p, int evseId) {
        JsonNode schedule = p.path("chargingSchedule").path(0);
        return new LimitProfile(p.path("id").asInt(), p.path("stackLevel").asInt(),
                purpose(p.path("chargingProfilePurpose").asText()), evseId, kind(p.path("chargingProfileKind").asText()),
                recurrency(p.path("recurrencyKind").asText(null)), time(p.get("validFrom")), time(p.get("validTo")),
                p.hasNonNull("transactionId") ? p.get("transactionId").asText() : null,
                time(schedule.get("startSchedule")), seconds(schedule.get("duration")),
                "A".equals(schedule.path("chargingRateUnit").asText()), periods(schedule));
    }

    /** 1.6 and 2.0.1 purpose names alike. */
    public static LimitProfile.Purpose purpose(String name) {
        switch (name) {
            case "ChargePointMaxProfile":
            case "ChargingStationMaxProfile":
            case "ChargingStationExternalConstraints":
                return LimitProfile.Purpose.STATION_MAX;
            case "TxDefaultProfile":
                return LimitProfile.Purpose.TX_DEFAULT;
            case "TxProfile":
                return LimitProfile.Purpose.TX;
            default:
                throw new IllegalArgumentException("unknown charging profile purpose " + name);
        }
    }

    private static LimitProfile.Kind kind(String name) {
        return "Relative".equals(name) ? LimitProfile.Kind.RELATIVE
                : "Recurring".equals(name) ? LimitProfile.Kind.RECURRING : LimitProfile.Kind.ABSOLUTE;
    }

    private static LimitProfile.Recurrency recurrency(String name) {
        return name == null ? null : "Weekly".equals(name) ? LimitProfile.Recurrency.WEEKLY : LimitProfile.Recurrency.DAILY;
    }

    private static List<LimitProfile.Period> periods(JsonNode schedule) {
        List<LimitProfile.Period> periods = new ArrayList<>();
        for (JsonNode period : schedule.path("chargingSchedulePeriod")) {
            periods.add(new LimitProfile.Period(period.path("startPeriod").asInt(), period.path("limit").asDouble(),
                    period.hasNonNull("numberPhases") ? period.get("numberPhases").asInt() : null));
        }
        return periods;
    }

    private static Instant time(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static Duration seconds(JsonNode node) {
        return node == null || node.isNull() ? null : Duration.ofSeconds(node.asLong());
    }
}
