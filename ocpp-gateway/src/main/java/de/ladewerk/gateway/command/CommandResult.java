package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * One recorded command and its outcome.
 *
 * @param protocolVersion  subprotocol of the connection it went over, {@code null} if the station was offline
 * @param response         the station's CALLRESULT payload, {@code null} unless {@link CommandStatus#ANSWERED}
 * @param errorCode        the CALLERROR code, or why the command was not answered
 * @param answeredAt       when the outcome was known, {@code null} while {@link CommandStatus#SENT}
 */
public record CommandResult(long id, String stationId, String protocolVersion, String action, JsonNode request,
                            CommandStatus status, JsonNode response, String errorCode, String errorDescription,
                            String requestedBy, Instant requestedAt, Instant answeredAt) {

    /** Whether the station answered and its answer's {@code status} is Accepted (most CSMS→station answers have one). */
    public boolean accepted() {
        return status == CommandStatus.ANSWERED && response != null && "Accepted".equals(response.path("status").asText());
    }

    /** From request to outcome; {@code null} while there is no outcome. */
    public Duration duration() {
        return answeredAt == null ? null : Duration.between(requestedAt, answeredAt);
    }
}
