package de.ladewerk.gateway.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something an operator should see at once (a status change, a session starting or ending, a fault, a
 * command's answer), published after it is committed. The dashboard streams these as Server-Sent Events.
 *
 * @param type      dotted kind, one of the constants in {@link LiveEvents}
 * @param stationId the station concerned
 * @param data      small JSON-serialisable details (no large payloads)
 */
public record LiveEvent(String type, String stationId, Instant time, Map<String, Object> data) {

    public LiveEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
