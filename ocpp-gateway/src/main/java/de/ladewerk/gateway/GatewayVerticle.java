package de.ladewerk.gateway;

import de.ladewerk.gateway.admission.ConnectionBudget;
import de.ladewerk.gateway.admission.ListenerGuard;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.connection.StationConnection;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handshake.HandshakeChain;
import de.ladewerk.gateway.handshake.HandshakeContext;
import de.ladewerk.gateway.handshake.HandshakeRejection;
import de.ladewerk.gateway.metrics.GatewayMetrics;
import de.ladewerk.gateway.station.ConnectionEvent;
import de.ladewerk.gateway.station.StationEventSink;
import de.ladewerk.gateway.tls.TlsMaterial;
import de.ladewerk.gateway.tls.TlsServerOptions;
import de.ladewerk.ocpp.OcppVersion;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocketHandshake;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP-J WebSocket listener on one event loop; several instances share the port. The handshake
 * goes through the filter chain before any upgrade, then each station gets a {@link StationConnection}.
 */
public final class GatewayVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayVerticle.class);

    private final GatewayConfig config;
    private final HandshakeChain handshakes;
    private final Map<OcppVersion, HandlerRegistry> handlers;
    private final ConnectionRegistry connections;
    private final StationEventSink events;
    private final GatewayMetrics metrics;
    private final StationConnection.Settings settings;
    private final Set<StationConnection> mine = ConcurrentHashMap.newKeySet();
    /** Set when stopping: the connections' DISCONNECTED is recorded by {@link #stop}, not by their close handlers. */
    private volatile boolean stopping;
    private final TlsMaterial tls;
    private final ConnectionBudget budget;
    private ListenerGuard plainGuard;
    private ListenerGuard tlsGuard;
    private HttpServer server;
    private HttpServer tlsServer;

    public GatewayVerticle(GatewayConfig config, HandshakeChain handshakes, Map<OcppVersion, HandlerRegistry> handlers,
                           ConnectionRegistry connections, StationEventSink events, GatewayMetrics metrics) {
        this(config, handshakes, handlers, connections, events, metrics, null, new ConnectionBudget(config.limits()));
    }

    /**
     * @param tls    key material for the {@code wss://} listener, or null for none
     * @param budget the connection budget every instance and both listeners share
     */
    public GatewayVerticle(GatewayConfig config, HandshakeChain handshakes, Map<OcppVersion, HandlerRegistry> handlers,
                           ConnectionRegistry connections, StationEventSink events, GatewayMetrics metrics,
                           TlsMaterial tls, ConnectionBudget budget) {
        this.tls = tls;
        this.budget = budget;
        this.config = config;
        this.handshakes = handshakes;
        this.handlers = Map.copyOf(handlers);
        this.connections = connections;
        this.events = events;
        this.metrics = metrics;
        this.settings = new StationConnection.Settings(config.callTimeout().toMillis(), 100, 32,
                config.maxMessageBytes());
    }

    @Override
    public Future<?> start() {
        server = createServer(options(config.port()));
        plainGuard = guard(server, "ocpp");
        long ping = config.pingInterval().toMillis();
        vertx.setPeriodic(ping, ping, id -> pingAndReap(ping));
        if (tls == null) {
            return server.listen();
        }
        // profiles 2 and 3: the same handshake chain and handlers behind TLS
        tlsServer = createServer(TlsServerOptions.apply(options(config.tls().port()), tls));
        tlsGuard = guard(tlsServer, "ocpp-tls");
        return Future.all(server.listen(), tlsServer.listen());
    }

    private HttpServerOptions options(int port) {
        return new HttpServerOptions()
                .setHost(config.host()).setPort(port)
                .setWebSocketSubProtocols(handlers.keySet().stream().map(OcppVersion::subprotocol).sorted().toList())
                .setMaxWebSocketFrameSize(config.maxMessageBytes())
                .setMaxWebSocketMessageSize(config.maxMessageBytes())
                // no h2c sniffing: the connection (and so the connection budget) starts at accept, not at the first byte
                .setHttp2ClearTextEnabled(false)
                .setRegisterWebSocketWriteHandlers(false);
    }

    private ListenerGuard guard(HttpServer s, String listener) {
        return ListenerGuard.install(vertx, s, budget, config.limits().handshakeTimeout(), metrics.refusals(listener),
                listener);
    }

    private HttpServer createServer(HttpServerOptions options) {
        return vertx.createHttpServer(options)
                .webSocketHandshakeHandler(this::onHandshake)
                .webSocketHandler(ws -> { })
                .requestHandler(req -> req.response().setStatusCode(426).putHeader("Connection", "close")
                        .putHeader("Upgrade", "websocket").end("OCPP-J endpoint: connect with a WebSocket"));
    }

    /** The TLS listener's port, or -1 without TLS. */
    public int actualTlsPort() {
        return tlsServer == null ? -1 : tlsServer.actualPort();
    }

    /** The port actually bound (useful with port 0). */
    public int actualPort() {
        return server.actualPort();
    }

    private void onHandshake(ServerWebSocketHandshake handshake) {
        ListenerGuard guard = handshake.isSsl() ? tlsGuard : plainGuard;
        guard.started(handshake.remoteAddress()); // the request is complete: no longer a slowloris candidate
        HandshakeContext ctx = new HandshakeContext(handshake);
        handshakes.run(ctx).onComplete(ar -> {
            if (ar.failed()) {
                int status = ar.cause() instanceof HandshakeRejection r ? r.status() : 500;
                if (status == 500) {
                    LOG.error("handshake of {} failed", handshake.path(), ar.cause());
                } else {
                    LOG.info("refused {} from {}: {} {}", handshake.path(), handshake.remoteAddress(), status,
                            ar.cause().getMessage());
                }
                metrics.handshakeRejected(status);
                handshake.reject(status);
                guard.rejected(handshake.remoteAddress());
                return;
            }
            handshake.accept().onSuccess(ws -> open(ctx, ws)).onFailure(e ->
                    LOG.info("upgrade of {} failed: {}", ctx.identity(), e.getMessage()));
        });
    }

    private void open(HandshakeContext ctx, io.vertx.core.http.ServerWebSocket ws) {
        StationConnection connection = new StationConnection(vertx, ws, ctx.identity(), ctx.version(),
                ctx.station().registrationStatus(), handlers.get(ctx.version()), metrics, settings);
        mine.add(connection);
        metrics.connectionOpened(ctx.version());
        connections.register(connection).ifPresent(old -> {
            LOG.info("{}: new connection replaces the previous one", ctx.identity());
            old.socket().close((short) 1000, "replaced by a new connection");
        });
        record(connection, ConnectionEvent.Kind.CONNECTED, ctx.remoteAddress(), null);
        ws.closeHandler(v -> {
            boolean recordedByStop = !mine.remove(connection) || stopping;
            metrics.connectionClosed(ctx.version());
            boolean current = connections.unregister(connection);
            connection.closedBySocket();
            if (!recordedByStop) {
                record(connection, current ? ConnectionEvent.Kind.DISCONNECTED : ConnectionEvent.Kind.REPLACED,
                        ctx.remoteAddress(), ws.closeReason());
            }
        });
        ws.exceptionHandler(e -> {
            if (e instanceof CorruptedWebSocketFrameException corrupt && !ws.isClosed()) {
                // Netty refused a frame (e.g. larger than the limit: 1009); Vert.x would just drop the TCP
                // connection, so the close frame with the code goes out first
                ws.close((short) corrupt.closeStatus().code(), corrupt.closeStatus().reasonText());
            }
            LOG.info("{}: connection error: {}", ctx.identity(), e.getMessage());
        });
    }

    private CompletableFuture<Void> record(StationConnection c, ConnectionEvent.Kind kind, String remote, String detail) {
        return events.connection(new ConnectionEvent(c.stationId(), kind, c.connectionId(), c.version().subprotocol(),
                remote, detail, Instant.now())).exceptionally(e -> {
                    LOG.warn("{}: could not record {}: {}", c.stationId(), kind, e.getMessage());
                    return null;
                }).toCompletableFuture();
    }

    private void pingAndReap(long pingMillis) {
        long silentSince = System.currentTimeMillis() - 3 * pingMillis;
        for (StationConnection c : List.copyOf(mine)) {
            if (c.lastSeenMillis() < silentSince) {
                LOG.info("{}: silent for {} ms, closing", c.stationId(), 3 * pingMillis);
                c.socket().close((short) 1001, "no traffic");
            } else if (!c.socket().isClosed()) {
                c.socket().writePing(Buffer.buffer("ladewerk"));
            }
        }
    }

    /**
     * Records DISCONNECTED for every station still connected here, waits until those rows are committed (the
     * writer closes only after all verticles stopped), then closes the stations' sockets and the listeners.
     */
    @Override
    public Future<?> stop() {
        stopping = true;
        List<CompletableFuture<Void>> recorded = new ArrayList<>();
        for (StationConnection c : List.copyOf(mine)) {
            mine.remove(c);
            connections.unregister(c);
            recorded.add(record(c, ConnectionEvent.Kind.DISCONNECTED, String.valueOf(c.socket().remoteAddress()),
                    "server shutting down"));
        }
        return Future.fromCompletionStage(CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new)), context)
                .otherwiseEmpty()
                .compose(v -> closeListeners());
    }

    private Future<?> closeListeners() {
        Future<Void> plain = server == null ? Future.succeededFuture() : server.close();
        return tlsServer == null ? plain : Future.all(plain, tlsServer.close());
    }
}
