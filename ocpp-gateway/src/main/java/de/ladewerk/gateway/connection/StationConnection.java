package de.ladewerk.gateway.connection;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.metrics.GatewayMetrics;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.frame.Frame;
import de.ladewerk.ocpp.frame.FrameCodec;
import de.ladewerk.ocpp.frame.FrameException;
import de.ladewerk.ocpp.registry.PayloadCodec;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One station's open WebSocket. Station calls are handled one after another and answered in order;
 * CSMS calls go out one at a time through {@link OutboundCallQueue}. Everything here runs on the
 * connection's event loop.
 */
public final class StationConnection implements StationSession {

    private static final Logger LOG = LoggerFactory.getLogger(StationConnection.class);

    private final ServerWebSocket socket;
    private final String stationId;
    private final OcppVersion version;
    private final UUID connectionId = UUID.randomUUID();
    private final FrameCodec frames;
    private final PayloadCodec payloads;
    private final CallDispatcher dispatcher;
    private final HandlerRegistry handlers;
    private final GatewayMetrics metrics;
    private final OutboundCallQueue outbound;
    private final Context context = Vertx.currentContext();
    private final Queue<Frame.Call> inbound = new ArrayDeque<>();
    private final int maxInbound;
    // volatile: an operator may send a station back to Pending from an API thread
    private volatile RegistrationStatus registration;
    private boolean handling;
    private boolean paused;
    private volatile long lastSeenMillis = System.currentTimeMillis();

    /** Settings that are the same for every connection. */
    public record Settings(long callTimeoutMillis, int maxQueuedOutbound, int maxQueuedInbound, int maxMessageBytes) {
    }

    public StationConnection(Vertx vertx, ServerWebSocket socket, String stationId, OcppVersion version,
                             RegistrationStatus registration, HandlerRegistry handlers, GatewayMetrics metrics,
                             Settings settings) {
        this.socket = socket;
        this.stationId = stationId;
        this.version = version;
        this.registration = registration;
        this.frames = new FrameCodec(version);
        this.payloads = new PayloadCodec(version);
        this.handlers = handlers;
        this.dispatcher = new CallDispatcher(this, handlers, payloads);
        this.metrics = metrics;
        this.maxInbound = settings.maxQueuedInbound();
        this.outbound = new OutboundCallQueue(vertx, settings.callTimeoutMillis(), settings.maxQueuedOutbound(),
                call -> socket.writeTextMessage(frames.encode(call)));
        socket.frameHandler(new TextMessages(socket, settings.maxMessageBytes(), this::onText));
        socket.pongHandler(b -> lastSeenMillis = System.currentTimeMillis());
    }

    @Override
    public String stationId() {
        return stationId;
    }

    @Override
    public OcppVersion version() {
        return version;
    }

    @Override
    public UUID connectionId() {
        return connectionId;
    }

    @Override
    public RegistrationStatus registration() {
        return registration;
    }

    @Override
    public void registration(RegistrationStatus status) {
        this.registration = status;
    }

    public ServerWebSocket socket() {
        return socket;
    }

    /** When the station last sent anything (a frame or a pong). */
    public long lastSeenMillis() {
        return lastSeenMillis;
    }

    /**
     * Sends a CSMS call (from any thread) and completes with the station's CALLRESULT payload; fails with
     * {@link CallErrorException} on a CALLERROR or {@link CallTimeoutException}.
     */
    public Future<JsonNode> call(String action, JsonNode payload) {
        if (context != null && Vertx.currentContext() != context) {
            // e.g. the command service on the API's event loop: the queue lives on this connection's loop
            Promise<JsonNode> answer = Promise.promise();
            context.runOnContext(v -> call(action, payload).onComplete(answer));
            return answer.future();
        }
        long start = System.nanoTime();
        return outbound.enqueue(action, payload).compose(answer -> {
            if (answer instanceof Frame.CallResult r) {
                metrics.call(version, action, "outbound", "ok", System.nanoTime() - start);
                return Future.succeededFuture(r.payload());
            }
            Frame.CallError e = (Frame.CallError) answer;
            metrics.call(version, action, "outbound", e.errorCode(), System.nanoTime() - start);
            return Future.failedFuture(new CallErrorException(e.errorCode(), e.errorDescription(), e.errorDetails()));
        });
    }

    /** Called when the socket closed: fails the CSMS calls still waiting. */
    public void closedBySocket() {
        outbound.failAll(new IllegalStateException("connection of " + stationId + " closed"));
    }

    private void onText(String text) {
        lastSeenMillis = System.currentTimeMillis();
        Frame frame;
        try {
            frame = frames.decode(text);
        } catch (FrameException e) {
            metrics.badFrame(version);
            answerBadFrame(e);
            return;
        }
        switch (frame.type()) {
            case CALL -> enqueueInbound((Frame.Call) frame);
            case CALL_RESULT, CALL_ERROR -> {
                if (!outbound.complete(frame)) {
                    logBadInput("dropped answer " + frame.messageId() + " that matches no outstanding call");
                }
            }
            case CALL_RESULT_ERROR -> logBadInput("station reports our result " + frame.messageId() + " invalid: "
                    + ((Frame.CallResultError) frame).errorDescription());
            case SEND -> logBadInput("SEND " + ((Frame.Send) frame).action() + " is not handled");
            default -> throw new IllegalStateException("unreachable");
        }
    }

    private void answerBadFrame(FrameException e) {
        String id = e.messageId();
        if (id == null) {
            if (version == OcppVersion.V16) {
                logBadInput("unreadable frame not answered (1.6 has no id to answer): " + e.getMessage());
                return;
            }
            id = "-1";
        }
        logBadInput("bad frame " + id + " answered " + e.kind().code(version) + ": " + e.getMessage());
        socket.writeTextMessage(frames.encode(frames.error(id, e.kind(), e.getMessage())));
    }

    /** One line a minute per station at most: a station in a garbage loop must not flood the log. */
    private void logBadInput(String line) {
        long left = LogLimiter.perStationPerMinute().admit(stationId);
        if (left != LogLimiter.SUPPRESS) {
            LOG.info("{}: {}{}", stationId, line, LogLimiter.suppressedNote(left));
        }
    }

    private void enqueueInbound(Frame.Call call) {
        inbound.add(call);
        if (inbound.size() >= maxInbound && !paused) {
            paused = true; // a station that floods us waits in TCP, not in our memory
            socket.pause();
        }
        handleNext();
    }

    private void handleNext() {
        if (handling || inbound.isEmpty()) {
            return;
        }
        handling = true;
        Frame.Call call = inbound.poll();
        long start = System.nanoTime();
        dispatcher.dispatch(call).onComplete(ar -> {
            Frame answer;
            String outcome;
            if (ar.succeeded()) {
                answer = new Frame.CallResult(call.messageId(), ar.result());
                outcome = "ok";
            } else {
                OcppException failure = CallDispatcher.asOcppException(stationId, call.action(), ar.cause());
                answer = frames.error(call.messageId(), failure.kind(), failure.getMessage());
                outcome = failure.kind().name();
            }
            metrics.call(version, handlers.actions().find(call.action()).isPresent() ? call.action() : "unknown",
                    "inbound", outcome, System.nanoTime() - start);
            if (!socket.isClosed()) {
                socket.writeTextMessage(frames.encode(answer));
            }
            handling = false;
            if (paused && inbound.size() < maxInbound / 2) {
                paused = false;
                socket.resume();
            }
            handleNext();
        });
    }

}
