package de.ladewerk.gateway.handshake;

import de.ladewerk.gateway.station.StationRecord;
import de.ladewerk.ocpp.OcppVersion;
import io.vertx.core.http.ServerWebSocketHandshake;
import java.security.cert.X509Certificate;

/** What the handshake filters find out, one after the other, about a connecting station. */
public final class HandshakeContext {

    private final ServerWebSocketHandshake handshake;
    private String identity;
    private OcppVersion version;
    private StationRecord station;
    private X509Certificate clientCertificate;

    public HandshakeContext(ServerWebSocketHandshake handshake) {
        this.handshake = handshake;
    }

    public ServerWebSocketHandshake handshake() {
        return handshake;
    }

    /** The station identity from the URL, once {@link PathIdentityFilter} has run. */
    public String identity() {
        return identity;
    }

    void identity(String identity) {
        this.identity = identity;
    }

    /** The negotiated version, once {@link SubprotocolFilter} has run. */
    public OcppVersion version() {
        return version;
    }

    void version(OcppVersion version) {
        this.version = version;
    }

    /** The station's record, once {@link StationLookupFilter} has run. */
    public StationRecord station() {
        return station;
    }

    void station(StationRecord station) {
        this.station = station;
    }

    /**
     * The station's TLS client certificate, once {@link ClientCertificateFilter} has verified that its CN is
     * the identity; null without one.
     */
    public X509Certificate clientCertificate() {
        return clientCertificate;
    }

    void clientCertificate(X509Certificate certificate) {
        this.clientCertificate = certificate;
    }

    /**
     * The security profile this connection meets: 1 over plain WebSocket, 2 over TLS, 3 over TLS with a
     * verified client certificate.
     */
    public int connectionProfile() {
        if (!handshake.isSsl()) {
            return 1;
        }
        return clientCertificate != null ? 3 : 2;
    }

    /** The remote IP address (no port), the key of per-address throttling. */
    public String remoteHost() {
        var remote = handshake.remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    /** The remote address as text, for logs and connection events. */
    public String remoteAddress() {
        return String.valueOf(handshake.remoteAddress());
    }
}
