package de.ladewerk.simulator.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.frame.Frame;
import de.ladewerk.ocpp.frame.FrameCodec;
import de.ladewerk.ocpp.frame.FrameException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.ocpp.validation.Violation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal OCPP server for the simulator's own tests: answers BootNotification, Heartbeat and
 * StatusNotification, and can be told to answer Pending, to answer with a schema-invalid payload, to
 * demand a password, or to send a CALL to a station. Nothing is stored beyond what tests inspect.
 */
public final class MiniCsms implements AutoCloseable {

    /** Every CALL received, in order, as (identity, action, payload). */
    public record Received(String identity, String action, JsonNode payload, long atNanos) {
    }

    private final Vertx vertx;
    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> requestPaths = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<String> bootStatuses = new ConcurrentLinkedDeque<>();
    private final Map<String, ServerWebSocket> sockets = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> answersToOurCalls = new ConcurrentHashMap<>();
    private final Map<String, Boolean> invalidAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger callIds = new AtomicInteger();
    private volatile int heartbeatInterval = 1;
    private volatile int retryInterval = 1;
    private volatile boolean recording = true;
    private volatile boolean refusing;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<String, String> tokenStatuses = new ConcurrentHashMap<>();
    private final AtomicInteger transactionIds = new AtomicInteger(100);

    public MiniCsms(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Starts listening on a free port of 127.0.0.1. */
    public MiniCsms start() throws Exception {
        HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                .setWebSocketSubProtocols(List.of("ocpp1.6", "ocpp2.0.1"));
        server = vertx.createHttpServer(options)
                .webSocketHandshakeHandler(this::handshake)
                .webSocketHandler(this::connected);
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return this;
    }

    /** The base endpoint stations connect to, without identity. */
    public URI endpoint() {
        return URI.create("ws://127.0.0.1:" + server.actualPort() + "/ocpp");
    }

    public int port() {
        return server.actualPort();
    }

    /** Demands Basic auth with this password for this identity. */
    public MiniCsms requirePassword(String identity, String password) {
        passwords.put(identity, password);
        return this;
    }

    /** The next BootNotifications are answered with these statuses, in order; then Accepted. */
    public MiniCsms bootAnswers(String... statuses) {
        bootStatuses.addAll(List.of(statuses));
        return this;
    }

    /** Keeps no list of received calls, for long load runs. */
    public MiniCsms recordNothing() {
        recording = false;
        return this;
    }

    public MiniCsms heartbeatInterval(int seconds) {
        heartbeatInterval = seconds;
        return this;
    }

    public MiniCsms retryInterval(int seconds) {
        retryInterval = seconds;
        return this;
    }

    /** This action is answered with a payload that misses its required fields. */
    public MiniCsms answerInvalid(String action) {
        invalidAnswers.put(action, true);
        return this;
    }

    /** Sends a CALL to the station and completes with the raw text of its answer. */
    public CompletableFuture<String> sendCall(String identity, String action, String payloadJson) {
        ServerWebSocket socket = sockets.get(identity);
        String id = "csms-" + callIds.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answersToOurCalls.put(id, answer);
        socket.writeTextMessage("[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]");
        return answer;
    }

    /** While true, every WebSocket upgrade is refused (503), so stations stay offline. */
    public MiniCsms refuseConnections(boolean value) {
        refusing = value;
        return this;
    }

    /** Closes the station's connection, as a network failure on the server side would. */
    public void disconnect(String identity) {
        ServerWebSocket socket = sockets.get(identity);
        if (socket != null) {
            socket.close();
        }
    }

    /** This token is answered with this AuthorizationStatus (default Accepted). */
    public MiniCsms tokenStatus(String idToken, String status) {
        tokenStatuses.put(idToken, status);
        return this;
    }

    /** Requests that broke their action's schema (answered FormationViolation), as "identity action: why". */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The payloads of one station's CALLs of one action, in order. */
    public List<JsonNode> payloads(String identity, String action) {
        return received.stream().filter(r -> r.identity().equals(identity) && r.action().equals(action))
                .map(Received::payload).collect(java.util.stream.Collectors.toList());
    }

    /** Checks a station's answer to one of our CALLs against the action's response schema. */
    public Optional<String> checkAnswer(OcppVersion version, String action, String answerText) {
        Frame frame;
        try {
            frame = new FrameCodec(version).decode(answerText);
        } catch (FrameException e) {
            return Optional.of("unreadable answer: " + e.getMessage());
        }
        if (!(frame instanceof Frame.CallResult)) {
            return Optional.of("not a CALLRESULT: " + answerText);
        }
        return registry(version).find(action).flatMap(d -> new PayloadCodec(version)
                .check(((Frame.CallResult) frame).payload(), d.responseType())).map(Violation::description);
    }

    private static Optional<String> checkRequest(OcppVersion version, Frame.Call call) {
        return registry(version).find(call.action()).flatMap(d -> new PayloadCodec(version)
                .check(call.payload(), d.requestType())).map(Violation::description);
    }

    private static ActionRegistry registry(OcppVersion version) {
        return version == OcppVersion.V16 ? V16Actions.REGISTRY : V201Actions.REGISTRY;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public long count(String identity, String action) {
        return received.stream().filter(r -> r.identity().equals(identity) && r.action().equals(action)).count();
    }

    /** The raw request paths of all upgrades, in order. */
    public List<String> requestPaths() {
        return List.copyOf(requestPaths);
    }

    public boolean isConnected(String identity) {
        return sockets.containsKey(identity);
    }

    private void handshake(ServerWebSocketHandshake handshake) {
        if (recording) {
            requestPaths.add(handshake.path());
        }
        if (handshake.headers().get("Sec-WebSocket-Protocol") == null) {
            handshake.reject(400);
            return;
        }
        if (refusing) {
            handshake.reject(503);
            return;
        }
        String identity = identityOf(handshake.path());
        String password = passwords.get(identity);
        if (password != null) {
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (identity + ":" + password).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(handshake.headers().get("Authorization"))) {
                handshake.reject(401);
                return;
            }
        }
        handshake.accept();
    }

    private void connected(ServerWebSocket socket) {
        String identity = identityOf(socket.path());
        OcppVersion version = OcppVersion.fromSubprotocol(socket.subProtocol()).orElse(OcppVersion.V16);
        FrameCodec codec = new FrameCodec(version);
        sockets.put(identity, socket);
        socket.closeHandler(v -> sockets.remove(identity, socket));
        socket.textMessageHandler(text -> {
            Frame frame;
            try {
                frame = codec.decode(text);
            } catch (FrameException e) {
                socket.writeTextMessage(codec.encode(codec.error(e.messageId() == null ? "-1" : e.messageId(),
                        e.kind(), e.getMessage())));
                return;
            }
            if (frame instanceof Frame.Call) {
                Frame.Call call = (Frame.Call) frame;
                Optional<String> violation = checkRequest(version, call);
                if (violation.isPresent()) {
                    violations.add(identity + " " + call.action() + ": " + violation.get());
                    socket.writeTextMessage(codec.encode(codec.error(call.messageId(), ErrorKind.FORMAT_VIOLATION,
                            violation.get())));
                    return;
                }
                if (recording) {
                    received.add(new Received(identity, call.action(), call.payload(), System.nanoTime()));
                }
                socket.writeTextMessage(codec.encode(answer(codec, call)));
            } else {
                CompletableFuture<String> waiting = answersToOurCalls.remove(frame.messageId());
                if (waiting != null) {
                    waiting.complete(text);
                }
            }
        });
    }

    private Frame answer(FrameCodec codec, Frame.Call call) {
        ObjectNode payload = FrameCodec.emptyObject();
        if (invalidAnswers.containsKey(call.action())) {
            return new Frame.CallResult(call.messageId(), payload.put("unexpected", true));
        }
        switch (call.action()) {
            case "BootNotification":
                String status = bootStatuses.poll();
                status = status == null ? "Accepted" : status;
                payload.put("status", status).put("currentTime", Instant.now().toString())
                        .put("interval", "Accepted".equals(status) ? heartbeatInterval : retryInterval);
                break;
            case "Heartbeat":
                payload.put("currentTime", Instant.now().toString());
                break;
            case "StatusNotification":
            case "MeterValues":
            case "NotifyReport":
            case "ReportChargingProfiles":
                break;
            case "Authorize":
                String token = call.payload().has("idTag") ? call.payload().path("idTag").asText()
                        : call.payload().path("idToken").path("idToken").asText();
                ObjectNode info = payload.putObject(call.payload().has("idTag") ? "idTagInfo" : "idTokenInfo");
                info.put("status", tokenStatuses.getOrDefault(token, "Accepted"));
                break;
            case "StartTransaction":
                payload.put("transactionId", transactionIds.incrementAndGet()).putObject("idTagInfo")
                        .put("status", tokenStatuses.getOrDefault(call.payload().path("idTag").asText(), "Accepted"));
                break;
            case "StopTransaction":
            case "TransactionEvent":
                break;
            default:
                return codec.error(call.messageId(), ErrorKind.NOT_IMPLEMENTED, call.action() + " unknown");
        }
        return new Frame.CallResult(call.messageId(), payload);
    }

    private static String identityOf(String path) {
        String segment = path.substring(path.lastIndexOf('/') + 1);
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
