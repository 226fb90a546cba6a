package de.ladewerk.gateway.loadmanagement;

import java.time.Instant;

/** One row of {@code ocpp.grid_allocations}: a session's allocation, why, and what became of it. */
public record AllocationRecord(Instant time, String groupId, String siteId, String stationId, int evseId, Long sessionId,
                        double amps, int phases, String reason, String detail, String trigger, boolean sent,
                        String answer) {
}
