package de.ladewerk.simulator.station;

import de.ladewerk.ocpp.OcppVersion;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.TrustOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The connection set-up of {@link StationClient}: which client, which upgrade request, what a refusal means. */
final class StationConnections {

    /** Far above any fleet one process holds; Vert.x's default of 50 per server would queue the rest. */
    private static final int MAX_CONNECTIONS_PER_SERVER = 1_000_000;

    private StationConnections() {
    }

    /**
     * A handle on the Vert.x WebSocket client for this source address. Vert.x shares one client per
     * name among all stations, so thousands of stations use one client (per source address), and it
     * goes away when the last station closes its handle.
     */
    static WebSocketClient client(Vertx vertx, String localAddress) {
        WebSocketClientOptions options = new WebSocketClientOptions()
                .setShared(true)
                .setName("ladewerk-stations-" + (localAddress == null ? "any" : localAddress))
                .setMaxConnections(MAX_CONNECTIONS_PER_SERVER);
        if (localAddress != null) {
            options.setLocalAddress(localAddress);
        }
        return vertx.createWebSocketClient(options);
    }

    static WebSocketConnectOptions upgradeRequest(StationClientOptions options) {
        URI endpoint = options.endpoint();
        WebSocketConnectOptions request = new WebSocketConnectOptions()
                .setHost(hostOf(endpoint))
                .setPort(StationUrl.port(endpoint))
                .setSsl("wss".equals(endpoint.getScheme()))
                .setURI(StationUrl.requestUri(endpoint, options.identity()))
                .setConnectTimeout(options.connectTimeout().toMillis());
        request.setSubProtocols(options.offeredSubprotocols());
        if ("wss".equals(endpoint.getScheme()) && options.tls() != null) {
            request.setSslOptions(sslOptions(options.tls()));
        }
        if (options.password() != null) {
            String credentials = options.effectiveUsername() + ":" + options.password();
            request.putHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static ClientSSLOptions sslOptions(TlsSettings tls) {
        ClientSSLOptions ssl = new ClientSSLOptions().setHostnameVerificationAlgorithm(tls.verifyHostname() ? "HTTPS" : "");
        if (tls.trust() != null) {
            ssl.setTrustOptions(TrustOptions.wrap(tls.trust()));
        }
        if (tls.keys() != null) {
            ssl.setKeyCertOptions(KeyCertOptions.wrap(tls.keys()));
        }
        return ssl;
    }

    static StationClientException connectFailure(StationClientOptions options, Throwable cause) {
        if (cause instanceof io.vertx.core.http.UpgradeRejectedException) {
            int status = ((io.vertx.core.http.UpgradeRejectedException) cause).getStatus();
            return new UpgradeRejectedException(options.identity(), status, cause);
        }
        return new StationClientException(options.identity() + ": cannot connect to " + options.endpoint()
                + ": " + cause.getMessage(), cause);
    }

    /** The version the server agreed to, if it echoed one of the offered subprotocols (strict stations insist). */
    static Optional<OcppVersion> agreedVersion(StationClientOptions options, String subprotocol) {
        if (subprotocol == null || !options.offeredSubprotocols().contains(subprotocol)) {
            return Optional.empty();
        }
        return OcppVersion.fromSubprotocol(subprotocol);
    }

    private static String hostOf(URI endpoint) {
        String host = endpoint.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }
}
