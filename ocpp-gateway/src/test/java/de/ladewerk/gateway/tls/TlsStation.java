package de.ladewerk.gateway.tls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.net.Socket;
import java.security.Principal;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * A test-side charging station over {@code wss://} with the JDK's HTTP client (the simulator's client has no
 * TLS yet): trusts a given CA, optionally presents a client certificate, sends CALLs and answers the CSMS's.
 */
public final class TlsStation implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final Map<String, CompletableFuture<JsonNode>> pending;
    private final CompletableFuture<Integer> closed;

    private TlsStation(WebSocket socket, Map<String, CompletableFuture<JsonNode>> pending, CompletableFuture<Integer> closed) {
        this.socket = socket;
        this.pending = pending;
        this.closed = closed;
    }

    /** An SSL context trusting {@code ca}, with a client key and chain if given. */
    public static SSLContext context(X509Certificate ca, PrivateKey clientKey, X509Certificate... clientChain)
            throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (clientKey != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", clientKey, "x".toCharArray(), (Certificate[]) clientChain);
            kmf = KeyManagerFactory.getInstance("PKIX");
            kmf.init(keys, "x".toCharArray());
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        // always present the certificate, even when its CA is not among those the server names: a station
        // with a foreign certificate must be refused by the server, not spared by its own client
        KeyManager[] keys = kmf == null ? null : new KeyManager[] {new AlwaysPresent((X509ExtendedKeyManager) kmf.getKeyManagers()[0])};
        ctx.init(keys, tmf.getTrustManagers(), null);
        return ctx;
    }

    /**
     * Connects as {@code identity}; answers the CSMS's CALLs with {@code answers} (action → result payload).
     *
     * @param password Basic-auth password, or null to send none
     */
    public static TlsStation connect(URI endpoint, String identity, String subprotocol, String password, SSLContext ssl,
                                     Map<String, Function<JsonNode, Object>> answers) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).sslParameters(new SSLParameters())
                .connectTimeout(Duration.ofSeconds(10)).build();
        WebSocket.Builder b = client.newWebSocketBuilder().subprotocols(subprotocol).connectTimeout(Duration.ofSeconds(10));
        if (password != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (identity + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = b.buildAsync(URI.create(endpoint + "/" + identity), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    handle(w, text.toString(), pending, answers);
                    text.setLength(0);
                }
                w.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
                closed.complete(status);
                return null;
            }

            @Override
            public void onError(WebSocket w, Throwable error) {
                closed.complete(-1);
            }
        }).get(15, TimeUnit.SECONDS);
        return new TlsStation(ws, pending, closed);
    }

    /** The HTTP status a refused upgrade answered, or -1 if the failure was not a refused upgrade (e.g. TLS). */
    public static int rejectedStatus(Throwable failure) {
        Throwable t = failure instanceof ExecutionException ? failure.getCause() : failure;
        while (t != null) {
            if (t instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            t = t.getCause();
        }
        return -1;
    }

    /** Sends a CALL and waits for its CALLRESULT payload. */
    public JsonNode call(String action, Object payload) throws Exception {
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ArrayNode frame = JSON.createArrayNode().add(2).add(id).add(action);
        frame.add(JSON.valueToTree(payload));
        socket.sendText(frame.toString(), true).get(10, TimeUnit.SECONDS);
        return answer.get(15, TimeUnit.SECONDS);
    }

    /** Waits until the server closes the connection; its close status, or -1 on a transport error. */
    public int awaitClose() throws Exception {
        return closed.get(15, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static void handle(WebSocket w, String text, Map<String, CompletableFuture<JsonNode>> pending,
                               Map<String, Function<JsonNode, Object>> answers) {
        try {
            JsonNode frame = JSON.readTree(text);
            int type = frame.get(0).asInt();
            String id = frame.get(1).asText();
            if (type == 3) {
                CompletableFuture<JsonNode> p = pending.remove(id);
                if (p != null) {
                    p.complete(frame.get(2));
                }
            } else if (type == 4) {
                CompletableFuture<JsonNode> p = pending.remove(id);
                if (p != null) {
                    p.completeExceptionally(new IllegalStateException("CALLERROR " + frame));
                }
            } else if (type == 2) {
                Function<JsonNode, Object> answer = answers.get(frame.get(2).asText());
                ArrayNode reply = answer == null
                        ? JSON.createArrayNode().add(4).add(id).add("NotImplemented").add("").add(JSON.createObjectNode())
                        : JSON.createArrayNode().add(3).add(id).add(JSON.valueToTree(answer.apply(frame.get(3))));
                w.sendText(reply.toString(), true);
            }
        } catch (Exception e) {
            throw new IllegalStateException("bad frame from the CSMS: " + text, e);
        }
    }

    /** Offers the one client key whatever the server asks for. */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager delegate;

        AlwaysPresent(X509ExtendedKeyManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return delegate.getClientAliases(keyType, null);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return delegate.chooseClientAlias(keyType, null, socket);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return delegate.chooseEngineClientAlias(keyType, null, engine);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return delegate.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return delegate.getPrivateKey(alias);
        }
    }
}
