package de.ladewerk.gateway.connection;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The open connection of each station on this node. A newer connection of an identity replaces the older. */
public final class ConnectionRegistry {

    private final Map<String, StationConnection> byStation = new ConcurrentHashMap<>();

    /** Registers the connection and returns the one it replaces, if any. */
    public Optional<StationConnection> register(StationConnection connection) {
        return Optional.ofNullable(byStation.put(connection.stationId(), connection));
    }

    /** Removes the connection unless a newer one has taken its place; true if it was current. */
    public boolean unregister(StationConnection connection) {
        return byStation.remove(connection.stationId(), connection);
    }

    public Optional<StationConnection> find(String stationId) {
        return Optional.ofNullable(byStation.get(stationId));
    }

    public Collection<StationConnection> all() {
        return byStation.values();
    }

    public int size() {
        return byStation.size();
    }
}
