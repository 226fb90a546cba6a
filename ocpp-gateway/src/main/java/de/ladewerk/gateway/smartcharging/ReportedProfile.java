package de.ladewerk.gateway.smartcharging;

import java.time.Instant;

/**
 * A charging profile a station reported or accepted, per station and EVSE (0: the station).
 * {@code profileJson} is the 2.0.1 ChargingProfileType as JSON; {@code requestId} null when the CSMS set it.
 */
public record ReportedProfile(String stationId, int evseId, int profileId, String source, String purpose,
                              int stackLevel, String transactionId, String profileJson, Integer requestId,
                              Instant at) {
}
