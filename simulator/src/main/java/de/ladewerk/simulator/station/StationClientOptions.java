package de.ladewerk.simulator.station;

import de.ladewerk.ocpp.OcppVersion;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one station connects. Start from {@link #of(URI, String, OcppVersion)} and change single
 * settings with the {@code with…} methods.
 *
 * @param endpoint         the CSMS's base URL, e.g. {@code ws://127.0.0.1:8180/ocpp}; the percent-encoded
 *                         identity is appended as the last path segment
 * @param identity         the station's identity (charge box id)
 * @param password         the Basic-auth password (security profile 1); {@code null} sends no credentials
 * @param version          the OCPP version spoken; its subprotocol is offered unless {@code subprotocols} says otherwise
 * @param callTimeout      how long a CALL waits for its answer
 * @param maxCallsInFlight CALLs sent before the first is answered; OCPP allows 1, more only to probe a CSMS
 * @param username         the Basic-auth username; {@code null} means the identity (the only valid choice)
 * @param subprotocols     the subprotocols offered; {@code null} means only {@code version}'s, empty offers none
 * @param localAddress     the source IP address to connect from ({@code null}: the OS picks), to spread
 *                         many connections over 127.0.0.x when one address runs out of ports
 * @param connectTimeout   how long the TCP connect and the upgrade may take
 * @param tls              trust and client certificate for {@code wss://} (security profiles 2 and 3);
 *                         {@code null} trusts the JDK's default CAs and sends no client certificate
 */
public record StationClientOptions(URI endpoint, String identity, String password, OcppVersion version,
                                   Duration callTimeout, int maxCallsInFlight, String username,
                                   List<String> subprotocols, String localAddress, Duration connectTimeout,
                                   TlsSettings tls) {

    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    public StationClientOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxCallsInFlight < 1) {
            throw new IllegalArgumentException("maxCallsInFlight must be at least 1");
        }
        String scheme = endpoint.getScheme();
        if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
            throw new IllegalArgumentException("endpoint must be a ws:// or wss:// URL: " + endpoint);
        }
        subprotocols = subprotocols == null ? null : List.copyOf(subprotocols);
    }

    /** The options without TLS settings (the form before security profiles 2 and 3 were added). */
    public StationClientOptions(URI endpoint, String identity, String password, OcppVersion version,
                                Duration callTimeout, int maxCallsInFlight, String username,
                                List<String> subprotocols, String localAddress, Duration connectTimeout) {
        this(endpoint, identity, password, version, callTimeout, maxCallsInFlight, username, subprotocols,
                localAddress, connectTimeout, null);
    }

    /** Options with defaults: no password, 30 s call timeout, one CALL in flight. */
    public static StationClientOptions of(URI endpoint, String identity, OcppVersion version) {
        return new StationClientOptions(endpoint, identity, null, version, DEFAULT_CALL_TIMEOUT, 1, null, null,
                null, DEFAULT_CONNECT_TIMEOUT, null);
    }

    public StationClientOptions withEndpoint(URI value) {
        return new StationClientOptions(value, identity, password, version, callTimeout, maxCallsInFlight,
                username, subprotocols, localAddress, connectTimeout, tls);
    }

    public StationClientOptions withIdentity(String value) {
        return new StationClientOptions(endpoint, value, password, version, callTimeout, maxCallsInFlight,
                username, subprotocols, localAddress, connectTimeout, tls);
    }

    public StationClientOptions withPassword(String value) {
        return new StationClientOptions(endpoint, identity, value, version, callTimeout, maxCallsInFlight,
                username, subprotocols, localAddress, connectTimeout, tls);
    }

    public StationClientOptions withVersion(OcppVersion value) {
        return new StationClientOptions(endpoint, identity, password, value, callTimeout, maxCallsInFlight,
                username, subprotocols, localAddress, connectTimeout, tls);
    }

    public StationClientOptions withCallTimeout(Duration value) {
        return new StationClientOptions(endpoint, identity, password, version, value, maxCallsInFlight,
                username, subprotocols, localAddress, connectTimeout, tls);
    }

    public StationClientOptions withMaxCallsInFlight(int value) {
        return new StationClientOptions(endpoint, identity, password, version, callTimeout, value,
                username, subprotocols, localAddress, connectTimeout, tls);
    }

    /** A Basic-auth username other than the identity, to probe that the CSMS refuses it. */
    public StationClientOptions withUsername(String value) {
        return new StationClientOptions(endpoint, identity, password, version, callTimeout, maxCallsInFlight,
                value, subprotocols, localAddress, connectTimeout, tls);
    }

    /** Offers exactly these subprotocols (empty: none), to probe subprotocol negotiation. */
    public StationClientOptions withSubprotocols(List<String> value) {
        return new StationClientOptions(endpoint, identity, password, version, callTimeout, maxCallsInFlight,
                username, value, localAddress, connectTimeout, tls);
    }

    public StationClientOptions withLocalAddress(String value) {
        return new StationClientOptions(endpoint, identity, password, version, callTimeout, maxCallsInFlight,
                username, subprotocols, value, connectTimeout, tls);
    }

    public StationClientOptions withConnectTimeout(Duration value) {
        return new StationClientOptions(endpoint, identity, password, version, callTimeout, maxCallsInFlight,
                username, subprotocols, localAddress, value, tls);
    }

    /** TLS trust and client certificate, for {@code wss://} endpoints (security profiles 2 and 3). */
    public StationClientOptions withTls(TlsSettings value) {
        return new StationClientOptions(endpoint, identity, password, version, callTimeout, maxCallsInFlight,
                username, subprotocols, localAddress, connectTimeout, value);
    }

    /** The subprotocols actually offered in the upgrade request. */
    public List<String> offeredSubprotocols() {
        return subprotocols != null ? subprotocols : List.of(version.subprotocol());
    }

    /** The Basic-auth username actually sent. */
    public String effectiveUsername() {
        return username != null ? username : identity;
    }
}
