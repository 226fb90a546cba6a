package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.DeviceModelWrites.instant;
import static de.ladewerk.gateway.persistence.DeviceModelWrites.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.smartcharging.ChargingProfileStore;
import de.ladewerk.gateway.smartcharging.ReportedProfile;
import de.ladewerk.gateway.smartcharging.StationLimit;
import de.ladewerk.ocpp.json.OcppJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@link ChargingProfileStore}: writes through the group-commit writer, reads with jOOQ. */
public final class JdbcChargingProfileStore implements ChargingProfileStore {

    private static final String LIMIT = """
            INSERT INTO ocpp.charging_limits (station_id, evse_id, source, is_grid_critical, schedules, reported_at)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?) ON CONFLICT (station_id, evse_id, source) DO UPDATE SET
              is_grid_critical = EXCLUDED.is_grid_critical, schedules = EXCLUDED.schedules,
              reported_at = EXCLUDED.reported_at, cleared_at = NULL""";
    private static final String LIMIT_CLEARED = """
            UPDATE ocpp.charging_limits SET cleared_at = ? WHERE station_id = ? AND evse_id = ? AND source = ?""";
    private static final String PROFILE = """
            INSERT INTO ocpp.charging_profiles (station_id, evse_id, profile_id, source, purpose, stack_level,
              transaction_id, profile, request_id, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
            ON CONFLICT (station_id, evse_id, profile_id) DO UPDATE SET source = EXCLUDED.source,
              purpose = EXCLUDED.purpose, stack_level = EXCLUDED.stack_level, transaction_id = EXCLUDED.transaction_id,
              profile = EXCLUDED.profile, request_id = EXCLUDED.request_id, reported_at = EXCLUDED.reported_at""";
    // each criterion matches when it is null (the station clears by whatever it was given)
    private static final String CLEARED = """
            DELETE FROM ocpp.charging_profiles WHERE station_id = ?
              AND (?::integer IS NULL OR profile_id = ?) AND (?::integer IS NULL OR evse_id = ?)
              AND (?::text IS NULL OR purpose = ?) AND (?::integer IS NULL OR stack_level = ?)
              AND purpose <> 'ChargingStationExternalConstraints'
            """;
    private static final String NEEDS = """
            INSERT INTO ocpp.ev_charging_needs (time, station_id, evse_id, needs) VALUES (?, ?, ?, CAST(? AS jsonb))""";
    private static final String NEEDS_ANSWERED = """
            UPDATE ocpp.ev_charging_needs SET planned_profile = CAST(? AS jsonb), profile_status = ?, profile_detail = ?
            WHERE station_id = ? AND evse_id = ? AND time = ?""";
    private static final String EV_SCHEDULE = """
            INSERT INTO ocpp.ev_charging_schedules (time, station_id, evse_id, time_base, schedule)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb))""";
    private static final String PROFILES = """
            SELECT station_id, evse_id, profile_id, source, purpose, stack_level, transaction_id, profile::text AS profile,
              request_id, reported_at FROM ocpp.charging_profiles WHERE station_id = ? ORDER BY evse_id, profile_id""";
    private static final String EVSE_POWER = """
            SELECT max_limit FROM ocpp.device_variables WHERE station_id = ? AND component = 'EVSE' AND evse_id = ?
              AND connector_id = 0 AND variable = 'Power' AND variable_instance = ''""";
    private static final String LIMITING_PROFILES = """
            SELECT (profile -> 'chargingSchedule')::text AS schedules FROM ocpp.charging_profiles
            WHERE station_id = ? AND evse_id IN (0, ?)
              AND purpose IN ('ChargingStationMaxProfile', 'ChargingStationExternalConstraints')
            UNION ALL
            SELECT schedules::text FROM ocpp.charging_limits
            WHERE station_id = ? AND evse_id IN (0, ?) AND cleared_at IS NULL AND schedules IS NOT NULL""";

    private final GroupCommitWriter writer;
    private final DSLContext db;

    public JdbcChargingProfileStore(GroupCommitWriter writer, DSLContext db) {
        this.writer = writer;
        this.db = db;
    }

    @Override
    public CompletionStage<Void> limit(String stationId, int evseId, String source, Boolean gridCritical,
                                       String schedulesJson, Instant at) {
        return writer.submit(write(LIMIT, stationId, evseId, source, gridCritical, schedulesJson, at));
    }

    @Override
    public CompletionStage<Void> limitCleared(String stationId, int evseId, String source, Instant at) {
        return writer.submit(write(LIMIT_CLEARED, at, stationId, evseId, source));
    }

    @Override
    public CompletionStage<Void> profiles(List<ReportedProfile> profiles) {
        return writer.submit(profiles.stream().map(p -> write(PROFILE, p.stationId(), p.evseId(), p.profileId(),
                p.source(), p.purpose(), p.stackLevel(), p.transactionId(), p.profileJson(), p.requestId(), p.at()))
                .toList());
    }

    @Override
    public CompletionStage<Void> cleared(String stationId, Integer profileId, Integer evseId, String purpose,
                                         Integer stackLevel) {
        return writer.submit(write(CLEARED, stationId, profileId, profileId, evseId, evseId, purpose, purpose,
                stackLevel, stackLevel));
    }

    @Override
    public CompletionStage<Void> needs(String stationId, int evseId, Instant at, String needsJson) {
        return writer.submit(write(NEEDS, at, stationId, evseId, needsJson));
    }

    @Override
    public CompletionStage<Void> needsAnswered(String stationId, int evseId, Instant at, String profileJson,
                                               String status, String detail) {
        return writer.submit(write(NEEDS_ANSWERED, profileJson, status, detail, stationId, evseId, at));
    }

    @Override
    public CompletionStage<Void> evSchedule(String stationId, int evseId, Instant at, Instant timeBase,
                                            String scheduleJson) {
        return writer.submit(write(EV_SCHEDULE, at, stationId, evseId, timeBase, scheduleJson));
    }

    @Override
    public List<ReportedProfile> profiles(String stationId) {
        return db.fetch(PROFILES, stationId).map(r -> new ReportedProfile(r.get("station_id", String.class),
                r.get("evse_id", Integer.class), r.get("profile_id", Integer.class), r.get("source", String.class),
                r.get("purpose", String.class), r.get("stack_level", Integer.class),
                r.get("transaction_id", String.class), r.get("profile", String.class),
                r.get("request_id", Integer.class), instant(r.get("reported_at", OffsetDateTime.class))));
    }

    @Override
    public StationLimit limitFor(String stationId, int evseId) {
        BigDecimal rated = db.fetchOptional(EVSE_POWER, stationId, evseId)
                .map(r -> r.get(0, BigDecimal.class)).orElse(null);
        StationLimit limit = new StationLimit(rated == null ? null : rated.doubleValue(), null);
        for (Record r : db.fetch(LIMITING_PROFILES, stationId, evseId, stationId, evseId)) {
            for (JsonNode schedule : json(r.get(0, String.class))) {
                limit = limit.and(lowest(schedule));
            }
        }
        return limit;
    }

    /** The lowest limit of one schedule, as power (W) or current (A) by its unit. */
    private static StationLimit lowest(JsonNode schedule) {
        double min = Double.MAX_VALUE;
        for (JsonNode period : schedule.path("chargingSchedulePeriod")) {
            min = Math.min(min, period.path("limit").asDouble(Double.MAX_VALUE));
        }
        if (min == Double.MAX_VALUE) {
            return StationLimit.UNKNOWN;
        }
        return "W".equals(schedule.path("chargingRateUnit").asText()) ? new StationLimit(min, null)
                : new StationLimit(null, min);
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? OcppJson.mapper().createArrayNode() : OcppJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored schedules are not JSON", e);
        }
    }
}
