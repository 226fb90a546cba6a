package de.ladewerk.gateway.devmodel;

import de.ladewerk.gateway.connection.ConnectionRegistry;
import io.vertx.core.Future;

/**
 * A {@link StationCaller} over this node's open connections: an offline station fails at once.
 * {@link de.ladewerk.gateway.connection.StationConnection#call} moves onto the connection's event loop
 * itself, so any thread may call.
 */
public final class ConnectionCaller {

    private ConnectionCaller() {
    }

    public static StationCaller of(ConnectionRegistry connections) {
        return (stationId, action, payload) -> connections.find(stationId)
                .map(c -> c.call(action, payload))
                .orElseGet(() -> Future.failedFuture(new IllegalStateException(stationId + " is not connected")));
    }
}
