package de.ladewerk.simulator.station;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Promise;

/** One CALL of ours, from the moment it is queued until it is answered, times out or the connection ends. */
final class PendingCall {

    final String messageId;
    final String action;
    final JsonNode payload;
    /** The record the answer must match, or {@code null} when the action is unknown to the version. */
    final Class<?> responseType;
    final Promise<JsonNode> promise;
    long timerId = -1;

    PendingCall(String messageId, String action, JsonNode payload, Class<?> responseType, Promise<JsonNode> promise) {
        this.messageId = messageId;
        this.action = action;
        this.payload = payload;
        this.responseType = responseType;
        this.promise = promise;
    }
}
