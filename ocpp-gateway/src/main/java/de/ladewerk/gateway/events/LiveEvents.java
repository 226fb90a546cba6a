package de.ladewerk.gateway.events;

import java.util.function.Consumer;

/**
 * Where live events go. The gateway publishes through it; the application subscribes the dashboard's
 * event stream. Implementations must not block and must not throw into the publisher.
 */
public interface LiveEvents extends Consumer<LiveEvent> {

    String STATION_CONNECTED = "station.connected";
    String STATION_DISCONNECTED = "station.disconnected";
    String STATION_BOOTED = "station.booted";
    String CONNECTOR_STATUS = "connector.status";
    String SESSION_STARTED = "session.started";
    String SESSION_UPDATED = "session.updated";
    String SESSION_ENDED = "session.ended";
    String COMMAND_ANSWERED = "command.answered";
    String SECURITY_EVENT = "security.event";

    /** Drops every event; for tests and tools that need no live view. */
    LiveEvents NONE = event -> { };
}
