package de.ladewerk.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandService;
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
 * response record (an answer that breaks the schema fails as an {@link OcppException}). The calls go
 * through the {@link CommandService}, so every one is in the command audit like an operator's command
 * (credentials masked).
 */
public final class StationCaller {

    /** Who the audit names for the security services' calls when no operator asked (e.g. CertificateSigned). */
    public static final String REQUESTER = "ladewerk:security";

    // The services make their station call synchronously inside the operator's request, so the operator's
    // name travels with the thread for exactly that span (see onBehalfOf) instead of through every signature.
    private static final ThreadLocal<String> ON_BEHALF_OF = new ThreadLocal<>();

    private final ConnectionRegistry connections;
    private final CommandService commands;

    public StationCaller(ConnectionRegistry connections, CommandService commands) {
        this.connections = connections;
        this.commands = commands;
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
        String requester = ON_BEHALF_OF.get() != null ? ON_BEHALF_OF.get() : REQUESTER;
        return commands.send(stationId, action, codec.encode(request), requester)
                .compose(result -> answer(stationId, action, result))
                .map(answer -> codec.decode(answer, responseType));
    }

    /**
     * Runs {@code action} (a security service call started by an operator) so that the station calls it makes
     * before returning are recorded as requested by {@code requestedBy}.
     */
    public static <T> T onBehalfOf(String requestedBy, java.util.function.Supplier<T> action) {
        String previous = ON_BEHALF_OF.get();
        ON_BEHALF_OF.set(requestedBy);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                ON_BEHALF_OF.remove();
            } else {
                ON_BEHALF_OF.set(previous);
            }
        }
    }

    /** The station's answer of a recorded command, or the failure {@link #outcomeOf} names. */
    private static Future<JsonNode> answer(String stationId, String action, CommandResult r) {
        return switch (r.status()) {
            case ANSWERED -> Future.succeededFuture(r.response());
            case CALL_ERROR -> Future.failedFuture(new CallErrorException(r.errorCode(), r.errorDescription(), null));
            case OFFLINE -> Future.failedFuture(new StationOfflineException(stationId));
            case TIMEOUT -> Future.failedFuture(new CallTimeoutException(r.errorDescription()));
            case INVALID -> Future.failedFuture(new IllegalArgumentException(r.errorDescription()));
            default -> Future.failedFuture(new IllegalStateException(action + " ended " + r.status()));
        };
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
