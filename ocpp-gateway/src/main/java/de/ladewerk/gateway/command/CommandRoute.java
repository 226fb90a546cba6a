package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;

/**
 * How one kind of command reaches a station when a single call is not enough, e.g. a GetVariables
 * that must be split to the station's ItemsPerMessage. The command service picks the route by the
 * action's request record; actions without a route go out as one call. Whatever a route does, the
 * command stays one audited command.
 */
public interface CommandRoute {

    /** The request record (one action of one version) this route delivers. */
    Class<?> requestType();

    /**
     * Delivers the validated payload and completes with the answer to record (valid for the action's
     * response schema) and how many calls it took; fails like a single call would (CALLERROR,
     * timeout, closed connection) if any of the station calls did.
     *
     * @param station sends one call to this station and completes with its answer payload
     */
    Future<Delivery> deliver(String stationId, JsonNode payload, StationCalls station);

    /** One CSMS→station call over the command's connection. */
    @FunctionalInterface
    interface StationCalls {
        Future<JsonNode> call(String action, JsonNode payload);
    }

    /** The answer to record and the number of station calls it took. */
    record Delivery(JsonNode answer, int stationCalls) {
    }
}
