package de.ladewerk.simulator.station;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.frame.Frame;
import de.ladewerk.ocpp.frame.FrameCodec;
import de.ladewerk.ocpp.frame.FrameException;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.validation.Violation;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OCPP-J connection of one charge point, on Vert.x's non-blocking WebSocket client: one Vert.x
 * instance holds thousands of these, no thread per station.
 *
 * <p>It behaves as a strict station: it offers the version's subprotocol and insists the CSMS agrees
 * to it, sends Basic auth with the identity as username, keeps one CALL in flight (queueing the
 * rest, unless {@link StationClientOptions#maxCallsInFlight()} says otherwise), and checks every
 * answer against the ocpp-protocol record of the action, failing the call with
 * {@link InvalidAnswerException} when the CSMS breaks the schema. CSMS→station CALLs go to the
 * handlers registered with {@link #onCall}; an action without a handler is answered NotSupported
 * when the version defines it for the CSMS, NotImplemented otherwise.
 *
 * <p>All methods may be called from any thread; the work happens on the connection's event loop,
 * where the returned futures complete.
 */
public final class StationClient {

    private static final Logger LOG = LoggerFactory.getLogger(StationClient.class);

    private final StationClientOptions options;
    private final OcppVersion version;
    private final WebSocketClient webSocketClient;
    private final WebSocket socket;
    private final Context context;
    private final FrameCodec frames;
    private final PayloadCodec payloads;
    private final ActionRegistry actions;
    private final CallTracker calls;
    private final RawInbox inbox = new RawInbox();
    private final Map<String, CsmsCallHandler> handlers = new ConcurrentHashMap<>();
    private final Promise<Void> closed = Promise.promise();
    private volatile boolean closeRequested;
    private volatile Handler<String> callSentListener;

    private StationClient(Vertx vertx, StationClientOptions options, OcppVersion version,
                          WebSocketClient webSocketClient, WebSocket socket, Context context) {
        this.options = options;
        this.version = version;
        this.webSocketClient = webSocketClient;
        this.socket = socket;
        this.context = context;
        this.frames = new FrameCodec(version);
        this.payloads = new PayloadCodec(version);
        this.actions = StationActions.registry(version);
        this.calls = new CallTracker(vertx, options.callTimeout(), options.maxCallsInFlight(),
                call -> {
                    String text = frames.encode(new Frame.Call(call.messageId, call.action, call.payload));
                    write(text);
                    Handler<String> listener = callSentListener;
                    if (listener != null) {
                        listener.handle(text);
                    }
                });
        socket.textMessageHandler(this::received);
        socket.exceptionHandler(e -> LOG.debug("{}: connection error", options.identity(), e));
        socket.closeHandler(v -> connectionClosed());
    }

    /**
     * Opens the connection: TCP, then the WebSocket upgrade with subprotocol and credentials.
     * Fails with {@link UpgradeRejectedException} when the server answers the upgrade with an HTTP
     * error status, and with {@link StationClientException} when it cannot be reached or agrees to
     * no subprotocol that was offered.
     */
    public static Future<StationClient> connect(Vertx vertx, StationClientOptions options) {
        Context context = vertx.getOrCreateContext();
        Promise<StationClient> result = Promise.promise();
        context.runOnContext(v -> {
            WebSocketClient client = StationConnections.client(vertx, options.localAddress());
            client.connect(StationConnections.upgradeRequest(options)).onComplete(ar -> {
                if (ar.failed()) {
                    client.close();
                    result.fail(StationConnections.connectFailure(options, ar.cause()));
                    return;
                }
                WebSocket socket = ar.result();
                Optional<OcppVersion> agreed = StationConnections.agreedVersion(options, socket.subProtocol());
                if (agreed.isEmpty()) {
                    socket.close((short) 1002, "no subprotocol agreed").onComplete(c -> client.close());
                    result.fail(new StationClientException(options.identity() + ": the server agreed to subprotocol "
                            + socket.subProtocol() + ", but " + options.offeredSubprotocols() + " was offered"));
                    return;
                }
                result.complete(new StationClient(vertx, options, agreed.get(), client, socket, context));
            });
        });
        return result.future();
    }

    /** The OCPP version agreed in the upgrade. */
    public OcppVersion version() {
        return version;
    }

    public String identity() {
        return options.identity();
    }

    public StationClientOptions options() {
        return options;
    }

    /**
     * Sends a CALL and completes with the CALLRESULT's payload once it is known to keep the schema.
     *
     * @param payload a message record (written with ocpp-protocol's JSON mapping) or a {@code JsonNode}
     *                sent as it is, which may break the schema on purpose
     * @return fails with {@link CallErrorException} on a CALLERROR, {@link InvalidAnswerException} when
     *         the answer breaks the schema, {@link CallTimeoutException} or {@link ConnectionClosedException}
     */
    public Future<JsonNode> call(String action, Object payload) {
        JsonNode body = payload instanceof JsonNode ? (JsonNode) payload : payloads.encode(payload);
        Class<?> responseType = actions.find(action).map(ActionDescriptor::responseType).orElse(null);
        Promise<JsonNode> promise = Promise.promise();
        onContext(() -> {
            if (closed.future().isComplete()) {
                promise.fail(new ConnectionClosedException(identity() + ": cannot send " + action + ", connection closed"));
                return;
            }
            calls.submit(new PendingCall(calls.newMessageId(), action, body, responseType, promise));
        });
        return promise.future();
    }

    /** Like {@link #call(String, Object)}, and binds the answer to {@code responseType} (validating it first). */
    public <R> Future<R> call(String action, Object payload, Class<R> responseType) {
        return call(action, payload).compose(answer -> {
            try {
                return Future.succeededFuture(payloads.decode(answer, responseType));
            } catch (OcppException e) {
                return Future.failedFuture(new InvalidAnswerException(action, e.kind(), e.getMessage()));
            }
        });
    }

    /** Sends any text as it is, outside the call bookkeeping: for bad-input probes. */
    public Future<Void> sendRaw(String text) {
        Promise<Void> written = Promise.promise();
        onContext(() -> socket.writeTextMessage(text).onComplete(written));
        return written.future();
    }

    /**
     * The next text frame received that is not an answer to one of our CALLs: answers whose message id
     * matches nothing of ours (e.g. the CSMS's CALLERROR to a {@link #sendRaw} probe), frames that cannot
     * be parsed, CSMS→station CALLs (which are also answered by the handlers) and 2.1 SEND frames. Frames
     * nobody asked for yet are kept (the latest {@value RawInbox#KEPT_LIMIT}), so ask in any order.
     */
    public Future<String> nextRawMessage() {
        Promise<String> next = Promise.promise();
        onContext(() -> inbox.next().onComplete(next));
        return next.future();
    }

    /** Also hands every frame that {@link #nextRawMessage()} would see to this listener, on the event loop. */
    public void onRawMessage(Handler<String> listener) {
        onContext(() -> inbox.listener(listener));
    }

    /**
     * Hands the text of each of our CALLs to this listener right after it was written, on the event
     * loop (e.g. to send it a second time on purpose).
     */
    public void onCallSent(Handler<String> listener) {
        this.callSentListener = listener;
    }

    /** Registers (or replaces) the handler answering CSMS→station CALLs of this action. */
    public void onCall(String action, CsmsCallHandler handler) {
        handlers.put(action, handler);
    }

    /** Closes the connection normally (1000); completes when it is closed. */
    public Future<Void> close() {
        closeRequested = true;
        onContext(() -> {
            if (!socket.isClosed()) {
                socket.close((short) 1000, "station closes");
            }
        });
        return closed.future();
    }

    /** Completes when the connection has closed, whoever closed it; see {@link #closeStatusCode()}. */
    public Future<Void> closed() {
        return closed.future();
    }

    /** Whether the connection is still open. */
    public boolean isOpen() {
        return !closed.future().isComplete();
    }

    /** Whether the server (not {@link #close()}) ended the connection; meaningful once {@link #closed()} completed. */
    public boolean closedByServer() {
        return closed.future().isComplete() && !closeRequested;
    }

    /** The WebSocket close code received, or {@code null} (still open, or closed without a close frame). */
    public Short closeStatusCode() {
        return socket.closeStatusCode();
    }

    /** The WebSocket close reason received, or {@code null}. */
    public String closeReason() {
        return socket.closeReason();
    }

    private void received(String text) {
        Frame frame;
        try {
            frame = frames.decode(text);
        } catch (FrameException e) {
            undecodable(text, e);
            return;
        }
        switch (frame.type()) {
            case CALL_RESULT:
                answered(text, frame.messageId(), ((Frame.CallResult) frame).payload(), null);
                break;
            case CALL_ERROR:
                answered(text, frame.messageId(), null, (Frame.CallError) frame);
                break;
            case CALL:
                inbox.offer(text);
                dispatch((Frame.Call) frame);
                break;
            default:
                inbox.offer(text);
        }
    }

    private void answered(String text, String messageId, JsonNode result, Frame.CallError error) {
        PendingCall call = calls.answered(messageId);
        if (call == null) {
            LOG.debug("{}: answer with unknown message id {} dropped", identity(), messageId);
            inbox.offer(text);
            return;
        }
        if (error != null) {
            call.promise.fail(new CallErrorException(call.action, error.errorCode(), error.errorDescription(),
                    error.errorDetails()));
        } else {
            Optional<Violation> violation = call.responseType == null
                    ? Optional.empty() : payloads.check(result, call.responseType);
            if (violation.isPresent()) {
                call.promise.fail(new InvalidAnswerException(call.action, violation.get().kind(),
                        violation.get().description()));
            } else {
                call.promise.complete(result);
            }
        }
        calls.next();
    }

    private void undecodable(String text, FrameException e) {
        PendingCall call = e.messageId() == null ? null : calls.answered(e.messageId());
        if (call != null) {
            call.promise.fail(new InvalidAnswerException(call.action, e.kind(), e.getMessage()));
            calls.next();
            return;
        }
        LOG.debug("{}: unreadable frame ({}): {}", identity(), e.getMessage(), text);
        inbox.offer(text);
    }

    private void dispatch(Frame.Call call) {
        CsmsCallHandler handler = handlers.get(call.action());
        if (handler == null) {
            ErrorKind kind = StationActions.isCsmsAction(version, call.action())
                    ? ErrorKind.NOT_SUPPORTED : ErrorKind.NOT_IMPLEMENTED;
            answerError(call.messageId(), kind, call.action() + " is not supported by this station");
            return;
        }
        Optional<Violation> violation = actions.find(call.action())
                .flatMap(d -> payloads.check(call.payload(), d.requestType()));
        if (violation.isPresent()) {
            answerError(call.messageId(), violation.get().kind(), violation.get().description());
            return;
        }
        Future<?> response;
        try {
            response = handler.handle(new CsmsCall(call.messageId(), call.action(), call.payload(), payloads));
        } catch (RuntimeException e) {
            response = Future.failedFuture(e);
        }
        response.onComplete(ar -> onContext(() -> {
            if (ar.succeeded()) {
                Object body = ar.result();
                JsonNode payload = body instanceof JsonNode ? (JsonNode) body
                        : body == null ? FrameCodec.emptyObject() : payloads.encode(body);
                write(frames.encode(new Frame.CallResult(call.messageId(), payload)));
            } else if (ar.cause() instanceof OcppException) {
                answerError(call.messageId(), ((OcppException) ar.cause()).kind(), ar.cause().getMessage());
            } else {
                LOG.warn("{}: handler of {} failed", identity(), call.action(), ar.cause());
                answerError(call.messageId(), ErrorKind.INTERNAL_ERROR, "station failed to handle " + call.action());
            }
        }));
    }

    private void answerError(String messageId, ErrorKind kind, String description) {
        write(frames.encode(frames.error(messageId, kind, description)));
    }

    private void write(String text) {
        socket.writeTextMessage(text).onFailure(e -> LOG.debug("{}: write failed", identity(), e));
    }

    private void connectionClosed() {
        ConnectionClosedException cause = new ConnectionClosedException(identity() + ": connection closed"
                + (socket.closeStatusCode() == null ? "" : " (" + socket.closeStatusCode() + " "
                + socket.closeReason() + ")"));
        calls.failAll(cause);
        inbox.failWaiters(cause);
        webSocketClient.close();
        closed.tryComplete();
    }

    private void onContext(Runnable action) {
        if (Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
