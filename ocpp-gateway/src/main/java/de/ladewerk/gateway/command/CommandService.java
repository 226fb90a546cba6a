package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.ladewerk.gateway.connection.CallErrorException;
import de.ladewerk.gateway.connection.CallTimeoutException;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.connection.StationConnection;
import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.security.SecretValues;
import de.ladewerk.gateway.station.StationRepository;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an operator's command to a station and records it: validated against the station's version,
 * recorded (status SENT, committed) before it goes out, so a crash leaves a trace; then the outcome
 * (answer, CallError, timeout, lost connection) is recorded, the {@link CommandOutcomeListener}s of
 * the action run, and a {@code command.answered} live event is published. An offline station or an
 * invalid command is recorded too and never sent. The future completes on the caller's context.
 */
public final class CommandService {

    private static final Logger LOG = LoggerFactory.getLogger(CommandService.class);

    private final ConnectionRegistry connections;
    private final StationRepository stations;
    private final CommandLog log;
    private final WorkerExecutor blocking;
    private final LiveEvents events;
    private final Clock clock;
    private final Map<Class<?>, List<CommandOutcomeListener>> listeners = new HashMap<>();
    private final Map<Class<?>, CommandRoute> routes = new HashMap<>();

    /**
     * @param routes how the actions that need more than one station call are delivered (by request
     *               record); every other action goes out as one call
     */
    public CommandService(ConnectionRegistry connections, StationRepository stations, CommandLog log,
                          WorkerExecutor blocking, LiveEvents events, Clock clock,
                          List<CommandOutcomeListener> outcomeListeners, List<CommandRoute> routes) {
        this.connections = connections;
        this.stations = stations;
        this.log = log;
        this.blocking = blocking;
        this.events = events;
        this.clock = clock;
        for (CommandOutcomeListener l : outcomeListeners) {
            listeners.computeIfAbsent(l.requestType(), k -> new ArrayList<>()).add(l);
        }
        for (CommandRoute r : routes) {
            if (this.routes.put(r.requestType(), r) != null) {
                throw new IllegalArgumentException("two routes for " + r.requestType().getSimpleName());
            }
        }
    }

    /** The version of the station's live connection on this node, empty if it is not connected. */
    public Optional<OcppVersion> connectedVersion(String stationId) {
        return connections.find(stationId).map(StationConnection::version);
    }

    /**
     * Sends {@code action} with {@code payload} to the station and waits for the outcome.
     *
     * @param requestedBy who asks, for the audit trail
     * @return the recorded command with its outcome; fails with {@link NoSuchStationException} for an
     *         unregistered station (nothing recorded), or with the database's error if recording fails
     */
    public Future<CommandResult> send(String stationId, String action, JsonNode payload, String requestedBy) {
        Context caller = Vertx.currentContext();
        Instant requestedAt = clock.instant();
        Optional<StationConnection> connection = connections.find(stationId);
        Future<CommandResult> result;
        if (connection.isEmpty()) {
            result = blocking(() -> {
                if (stations.find(stationId).isEmpty()) {
                    throw new NoSuchStationException(stationId);
                }
                return log.openClosed(stationId, null, action, recorded(action, payload), requestedBy, requestedAt,
                        CommandOutcome.failed(CommandStatus.OFFLINE, "Offline", "station " + stationId
                                + " is not connected", clock.instant()));
            }).onSuccess(r -> publish(r, 0));
        } else {
            StationConnection c = connection.get();
            String version = c.version().subprotocol();
            Optional<String> problem = CommandActions.problem(c.version(), action, payload);
            if (problem.isPresent()) {
                result = blocking(() -> log.openClosed(stationId, version, action, recorded(action, payload), requestedBy,
                        requestedAt, CommandOutcome.failed(CommandStatus.INVALID, "Invalid", problem.get(),
                                clock.instant()))).onSuccess(r -> publish(r, 0));
            } else {
                result = blocking(() -> log.open(stationId, version, action, recorded(action, payload), requestedBy,
                        requestedAt))
                        .compose(id -> deliver(c, stationId, action, payload)
                                .map(d -> CommandOutcome.answered(d.answer(), clock.instant(), d.stationCalls()))
                                .recover(e -> Future.succeededFuture(failure(c, e)))
                                .compose(outcome -> blocking(() -> finish(c.version(), id, outcome))
                                        .onSuccess(r -> publish(r, outcome.stationCalls()))));
            }
        }
        return caller == null ? result : Future.fromCompletionStage(result.toCompletionStage(), caller);
    }

    /** Through the action's route, or as one call. */
    private Future<CommandRoute.Delivery> deliver(StationConnection c, String stationId, String action, JsonNode payload) {
        CommandRoute route = CommandActions.find(c.version(), action).map(d -> routes.get(d.requestType())).orElse(null);
        if (route == null) {
            return c.call(action, payload).map(answer -> new CommandRoute.Delivery(answer, 1));
        }
        return route.deliver(stationId, payload, c::call);
    }

    private CommandOutcome failure(StationConnection c, Throwable e) {
        Instant now = clock.instant();
        if (e instanceof IllegalArgumentException) {
            // a route found the command cannot be delivered, e.g. one entry exceeds BytesPerMessage
            return CommandOutcome.failed(CommandStatus.INVALID, "Invalid", e.getMessage(), now);
        }
        if (e instanceof CallErrorException ce) {
            return CommandOutcome.failed(CommandStatus.CALL_ERROR, ce.errorCode(), description(ce), now);
        }
        if (e instanceof CallTimeoutException) {
            return CommandOutcome.failed(CommandStatus.TIMEOUT, "Timeout", e.getMessage(), now);
        }
        if (c.socket().isClosed()) {
            return CommandOutcome.failed(CommandStatus.OFFLINE, "ConnectionClosed",
                    "the connection closed before the station answered", now);
        }
        // the station's outbound queue is full: it has not answered what was sent before in time
        return CommandOutcome.failed(CommandStatus.TIMEOUT, "NotSent", String.valueOf(e.getMessage()), now);
    }

    private static String description(CallErrorException ce) {
        String message = ce.getMessage();
        String prefix = ce.errorCode() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** Records the outcome, then lets the action's listeners act on an answer. Worker thread. */
    private CommandResult finish(OcppVersion version, long id, CommandOutcome outcome) {
        CommandResult done = log.close(id, outcome);
        if (done.status() == CommandStatus.ANSWERED) {
            Optional<ActionDescriptor<?, ?>> d = CommandActions.find(version, done.action());
            for (CommandOutcomeListener l : d.map(x -> listeners.getOrDefault(x.requestType(), List.of()))
                    .orElse(List.of())) {
                try {
                    l.answered(done);
                } catch (Exception e) {
                    LOG.warn("{}: after-answer step of {} #{} failed: {}", done.stationId(), done.action(), id,
                            e.toString());
                }
            }
        }
        return done;
    }

    /** @param stationCalls how many calls went to the station for it (more than one when a route split it) */
    private void publish(CommandResult r, int stationCalls) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", r.id());
        data.put("action", r.action());
        data.put("status", r.status().name());
        data.put("stationCalls", stationCalls);
        if (r.errorCode() != null) {
            data.put("errorCode", r.errorCode());
        }
        data.put("requestedBy", r.requestedBy());
        try {
            events.accept(new LiveEvent(LiveEvents.COMMAND_ANSWERED, r.stationId(), r.answeredAt(), data));
        } catch (RuntimeException e) {
            LOG.warn("live event for command #{} not published: {}", r.id(), e.toString());
        }
    }

    /** What the audit keeps of a payload: as sent, but with credentials masked. */
    private static JsonNode recorded(String action, JsonNode payload) {
        return SecretValues.masked(action, payloadOrEmpty(payload));
    }

    private static JsonNode payloadOrEmpty(JsonNode payload) {
        return payload == null ? JsonNodeFactory.instance.objectNode() : payload;
    }

    private <T> Future<T> blocking(Callable<T> work) {
        return blocking.executeBlocking(work, false);
    }
}
