package de.ladewerk.gateway.security;

import de.ladewerk.gateway.connection.CallErrorException;
import de.ladewerk.gateway.connection.CallTimeoutException;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.connection.StationConnection;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.registry.PayloadCodec;
import io.vertx.core.Future;

/**
 * Typed CSMS→station calls for the security services: finds the station's connection in the
 * {@link ConnectionRegistry}, sends the request record, and validates and binds the answer to the
 * response record (an answer that breaks the schema fails as an {@link OcppException}).
 */
public final class StationCaller {

    private final ConnectionRegistry connections;

    public StationCaller(ConnectionRegistry connections) {
        this.connections = connections;
    }

    /** The version the station is connected with; {@link StationOfflineException} if it is not connected. */
    public OcppVersion version(String stationId) {
        return connection(stationId).version();
    }

    public <R> Future<R> call(String stationId, String action, Object request, Class<R> responseType) {
        StationConnection connection;
        try {
            connection = connection(stationId);
        } catch (StationOfflineException e) {
            return Future.failedFuture(e);
        }
        PayloadCodec codec = new PayloadCodec(connection.version());
        return connection.call(action, codec.encode(request)).map(answer -> codec.decode(answer, responseType));
    }

    /** A short word for a failed call, as recorded: Offline, Timeout, CallError:&lt;code&gt;, InvalidAnswer or Failed. */
    public static String outcomeOf(Throwable failure) {
        if (failure instanceof StationOfflineException) {
            return "Offline";
        }
        if (failure instanceof CallTimeoutException) {
            return "Timeout";
        }
        if (failure instanceof CallErrorException e) {
            return "CallError:" + e.errorCode();
        }
        if (failure instanceof OcppException) {
            return "InvalidAnswer";
        }
        return "Failed";
    }

    private StationConnection connection(String stationId) {
        return connections.find(stationId).orElseThrow(() -> new StationOfflineException(stationId));
    }
}
