package de.ladewerk.gateway.loadmanagement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * SetChargingProfile payloads in each station's version. A session's TxProfile holds the allocated
 * current for {@code validity}, then falls to the fail-safe current: if the allocator stops refreshing
 * it (Ladewerk or the network down), every car is back at its fail-safe share within {@code validity},
 * and the site within its limit. Profile ids are fixed per EVSE, so each new profile replaces the last.
 */
final class ProfilePayloads {

    static final int TX_PROFILE_ID_BASE = 1_600_000;
    static final int TX_DEFAULT_PROFILE_ID = 1_500_000;
    static final int STATION_MAX_PROFILE_ID = 1_400_000;
    static final int TX_STACK_LEVEL = 2;
    static final int DEFAULT_STACK_LEVEL = 1;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProfilePayloads() {
    }

    /** A TxProfile for a running transaction. */
    static ObjectNode txProfile(String version, int evseId, String transactionId, double amps, int phases,
                                double failSafeAmps, Instant now, Duration validity) {
        ArrayNode periods = JSON.arrayNode();
        periods.add(period(0, amps, phases));
        periods.add(period((int) validity.toSeconds(), Math.min(amps, failSafeAmps), phases));
        boolean v16 = "ocpp1.6".equals(version);
        ObjectNode profile = profile(v16, TX_PROFILE_ID_BASE + evseId, TX_STACK_LEVEL, "TxProfile", "Absolute", now, periods);
        if (v16) {
            profile.put("transactionId", Integer.parseInt(transactionId));
            return JSON.objectNode().put("connectorId", evseId).set("csChargingProfiles", profile);
        }
        profile.put("transactionId", transactionId);
        return JSON.objectNode().put("evseId", evseId).set("chargingProfile", profile);
    }

    /**
     * The TxDefaultProfile for every EVSE of a station (1.6 connector 0, 2.0.1 EVSE 0): what a car gets
     * before the allocator has seen it, and what holds while nobody allocates.
     */
    static ObjectNode txDefault(String version, double failSafeAmps) {
        ArrayNode periods = JSON.arrayNode().add(period(0, failSafeAmps, null));
        boolean v16 = "ocpp1.6".equals(version);
        ObjectNode profile = profile(v16, TX_DEFAULT_PROFILE_ID, DEFAULT_STACK_LEVEL, "TxDefaultProfile", "Relative", null, periods);
        return v16 ? JSON.objectNode().put("connectorId", 0).set("csChargingProfiles", profile)
                : JSON.objectNode().put("evseId", 0).set("chargingProfile", profile);
    }

    /** 2.0.1 ChargingStationMaxProfile: the station as a whole never above {@code amps} per phase. */
    static ObjectNode stationMax(double amps, Instant now) {
        ArrayNode periods = JSON.arrayNode().add(period(0, amps, null));
        return JSON.objectNode().put("evseId", 0).set("chargingProfile",
                profile(false, STATION_MAX_PROFILE_ID, 0, "ChargingStationMaxProfile", "Absolute", now, periods));
    }

    private static ObjectNode profile(boolean v16, int id, int stackLevel, String purpose, String kind, Instant start,
                                      ArrayNode periods) {
        ObjectNode schedule = JSON.objectNode();
        if (!v16) {
            schedule.put("id", 1);
        }
        if (start != null) {
            schedule.put("startSchedule", start.toString());
        }
        schedule.put("chargingRateUnit", "A");
        schedule.set("chargingSchedulePeriod", periods);
        ObjectNode p = JSON.objectNode();
        p.put(v16 ? "chargingProfileId" : "id", id);
        p.put("stackLevel", stackLevel);
        p.put("chargingProfilePurpose", v16 && purpose.equals("ChargingStationMaxProfile") ? "ChargePointMaxProfile" : purpose);
        p.put("chargingProfileKind", kind);
        if (v16) {
            p.set("chargingSchedule", schedule);
        } else {
            p.set("chargingSchedule", JSON.arrayNode().add(schedule));
        }
        return p;
    }

    private static ObjectNode period(int start, double amps, Integer phases) {
        ObjectNode p = JSON.objectNode().put("startPeriod", start)
                .put("limit", BigDecimal.valueOf(amps).setScale(1, RoundingMode.FLOOR));
        if (phases != null) {
            p.put("numberPhases", phases);
        }
        return p;
    }
}
