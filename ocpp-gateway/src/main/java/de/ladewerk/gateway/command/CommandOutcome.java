package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The end of a command, as the {@link CommandLog} records it. */
public record CommandOutcome(CommandStatus status, JsonNode response, String errorCode, String errorDescription,
                             Instant answeredAt) {

    static CommandOutcome answered(JsonNode response, Instant at) {
        return new CommandOutcome(CommandStatus.ANSWERED, response, null, null, at);
    }

    static CommandOutcome failed(CommandStatus status, String code, String description, Instant at) {
        return new CommandOutcome(status, null, code, description, at);
    }
}
