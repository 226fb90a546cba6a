package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Where commands are recorded. Blocking: worker threads only. Each method commits before it returns. */
public interface CommandLog {

    /** Records a command about to be sent (status SENT); returns its id. */
    long open(String stationId, String protocolVersion, String action, JsonNode request, String requestedBy,
              Instant requestedAt);

    /** Records the outcome of an opened command and returns the complete record. */
    CommandResult close(long id, CommandOutcome outcome);

    /** Records a command that ends without being sent (offline, invalid) in one step. */
    default CommandResult openClosed(String stationId, String protocolVersion, String action, JsonNode request,
                                     String requestedBy, Instant requestedAt, CommandOutcome outcome) {
        return close(open(stationId, protocolVersion, action, request, requestedBy, requestedAt), outcome);
    }
}
