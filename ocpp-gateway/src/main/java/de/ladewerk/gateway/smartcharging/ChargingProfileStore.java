package de.ladewerk.gateway.smartcharging;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Smart-charging facts stations report: external limits, charging profiles, EV needs and schedules.
 * Writes complete after commit; reads block (worker threads only).
 */
public interface ChargingProfileStore {

    /** NotifyChargingLimit: the current external limit of a source on an EVSE (0: station). */
    CompletionStage<Void> limit(String stationId, int evseId, String source, Boolean gridCritical,
                                String schedulesJson, Instant at);

    /** ClearedChargingLimit: that limit no longer holds. */
    CompletionStage<Void> limitCleared(String stationId, int evseId, String source, Instant at);

    /** Profiles reported (ReportChargingProfiles) or accepted (SetChargingProfile), upserted by id. */
    CompletionStage<Void> profiles(List<ReportedProfile> profiles);

    /** NotifyEVChargingNeeds as received; identified later by station, EVSE and time. */
    CompletionStage<Void> needs(String stationId, int evseId, Instant at, String needsJson);

    /** What the CSMS planned for those needs and what the station answered to the SetChargingProfile. */
    CompletionStage<Void> needsAnswered(String stationId, int evseId, Instant at, String profileJson, String status,
                                        String detail);

    /** NotifyEVChargingSchedule: the schedule the EV chose. */
    CompletionStage<Void> evSchedule(String stationId, int evseId, Instant at, Instant timeBase, String scheduleJson);

    /**
     * A ClearChargingProfile the station accepted: removes the stored profiles it cleared. {@code null}
     * criteria match everything; external-constraint profiles are never cleared by the CSMS.
     */
    CompletionStage<Void> cleared(String stationId, Integer profileId, Integer evseId, String purpose, Integer stackLevel);

    /** The stored profiles of a station, by EVSE and profile id. */
    List<ReportedProfile> profiles(String stationId);

    /** The tightest limit on an EVSE from its power rating, station-wide/EVSE max and external profiles and limits. */
    StationLimit limitFor(String stationId, int evseId);
}
