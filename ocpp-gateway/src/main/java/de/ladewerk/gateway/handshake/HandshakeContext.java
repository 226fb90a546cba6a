package de.ladewerk.gateway.handshake;

import de.ladewerk.gateway.station.StationRecord;
import de.ladewerk.ocpp.OcppVersion;
import io.vertx.core.http.ServerWebSocketHandshake;

/** What the handshake filters find out, one after the other, about a connecting station. */
public final class HandshakeContext {

    private final ServerWebSocketHandshake handshake;
    private String identity;
    private OcppVersion version;
    private StationRecord station;

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

    /** The remote address as text, for logs and connection events. */
    public String remoteAddress() {
        return String.valueOf(handshake.remoteAddress());
    }
}
