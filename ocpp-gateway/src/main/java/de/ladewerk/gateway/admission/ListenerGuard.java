package de.ladewerk.gateway.admission;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards one HTTP server: every new TCP connection must find room in the {@link ConnectionBudget} or is
 * closed at once, and must complete its handshake within the timeout or is closed then (a slowloris
 * upgrade that dribbles its headers holds a descriptor only that long). Refusals are counted, and logged
 * at most once a minute per reason so a flood does not flood the log too.
 */
public final class ListenerGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerGuard.class);
    private static final long LOG_EVERY_MILLIS = 60_000;

    private final Vertx vertx;
    private final ConnectionBudget budget;
    private final long handshakeMillis;
    private final ConnectionRefusals refusals;
    private final String listener;
    /** Handshake timers of connections whose request is not yet complete, by remote "ip:port". */
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    /** Every admitted connection, by remote "ip:port" (to re-arm a deadline after a refused upgrade). */
    private final Map<String, HttpConnection> connections = new ConcurrentHashMap<>();
    private final Map<RefusalReason, Long> lastLogged = new ConcurrentHashMap<>();

    private ListenerGuard(Vertx vertx, ConnectionBudget budget, Duration handshakeTimeout, ConnectionRefusals refusals,
                          String listener) {
        this.vertx = vertx;
        this.budget = budget;
        this.handshakeMillis = handshakeTimeout.toMillis();
        this.refusals = refusals;
        this.listener = listener;
    }

    /**
     * Installs the guard as the server's connection handler.
     *
     * @param listener the name in logs, e.g. {@code ocpp}
     */
    public static ListenerGuard install(Vertx vertx, HttpServer server, ConnectionBudget budget,
                                        Duration handshakeTimeout, ConnectionRefusals refusals, String listener) {
        ListenerGuard guard = new ListenerGuard(vertx, budget, handshakeTimeout, refusals, listener);
        server.connectionHandler(guard::onConnection);
        return guard;
    }

    private void onConnection(HttpConnection connection) {
        SocketAddress remote = connection.remoteAddress();
        String address = remote == null ? "unknown" : remote.hostAddress();
        Optional<RefusalReason> refused = budget.admit(address);
        if (refused.isPresent()) {
            refuse(refused.get(), address);
            connection.close();
            return;
        }
        String key = key(remote);
        connections.put(key, connection);
        arm(key, connection, address);
        connection.closeHandler(v -> {
            connections.remove(key);
            started(remote);
            budget.release(address);
        });
    }

    private void arm(String key, HttpConnection connection, String address) {
        long timer = vertx.setTimer(handshakeMillis, id -> {
            if (pending.remove(key, id)) {
                refuse(RefusalReason.HANDSHAKE_TIMEOUT, address);
                connection.close();
            }
        });
        Long previous = pending.put(key, timer);
        if (previous != null) {
            vertx.cancelTimer(previous);
        }
    }

    /**
     * The connection from {@code remote} delivered a complete request (upgrade or plain): its deadline ends.
     * The checks that follow (database, password) are bounded on their own.
     */
    public void started(SocketAddress remote) {
        Long t = pending.remove(key(remote));
        if (t != null) {
            vertx.cancelTimer(t);
        }
    }

    /** The upgrade was refused: the connection gets one more deadline to try again or go away. */
    public void rejected(SocketAddress remote) {
        String key = key(remote);
        HttpConnection connection = connections.get(key);
        if (connection != null) {
            arm(key, connection, remote.hostAddress());
        }
    }

    private void refuse(RefusalReason reason, String address) {
        refusals.refused(reason);
        long now = System.currentTimeMillis();
        Long last = lastLogged.get(reason);
        if (last == null || now - last > LOG_EVERY_MILLIS) {
            lastLogged.put(reason, now);
            LOG.warn("{} listener: closing a connection from {} ({}; {} open); further refusals this minute are "
                    + "only counted", listener, address, reason.tag(), budget.open());
        }
    }

    private static String key(SocketAddress remote) {
        return remote == null ? "unknown" : remote.hostAddress() + ":" + remote.port();
    }
}
