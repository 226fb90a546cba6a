package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The end of a command, as the {@link CommandLog} records it.
 *
 * @param stationCalls how many calls it took (0 if none was answered or sent; more than one when split)
 */
public record CommandOutcome(CommandStatus status, JsonNode response, String errorCode, String errorDescription,
                             Instant answeredAt, int stationCalls) {

    static CommandOutcome answered(JsonNode response, Instant at, int stationCalls) {
        return new CommandOutcome(CommandStatus.ANSWERED, response, null, null, at, stationCalls);
    }

    static CommandOutcome failed(CommandStatus status, String code, String description, Instant at) {
        return new CommandOutcome(status, null, code, description, at, 0);
    }
}
