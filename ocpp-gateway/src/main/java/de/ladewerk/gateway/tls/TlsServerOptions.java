package de.ladewerk.gateway.tls;

import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.TrustOptions;
import java.util.List;
import java.util.Set;

/**
 * The TLS settings of the {@code wss://} listener: TLS 1.2 and 1.3 only; for TLS 1.2 the AES-GCM suites
 * OCPP requires (2.0.1 A00.FR.318, the 1.6 security whitepaper, OCTT TC_086_CSMS: ECDHE-ECDSA and static
 * RSA, AES-128 and AES-256) plus ECDHE-RSA, preferred for RSA certificates; client certificates requested,
 * not required, so one port serves profile 2 (no certificate) and profile 3 (certificate). A certificate
 * that is presented must chain to a trusted CA or the TLS handshake fails and the connection ends.
 */
public final class TlsServerOptions {

    /** TLS versions offered; anything lower is refused in the TLS handshake. */
    public static final Set<String> PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");
    /**
     * The TLS 1.2 suites offered, in preference order: forward-secret ECDHE first; the static-RSA GCM suites
     * last, because OCPP requires them for stations whose TLS stack has nothing else for an RSA certificate.
     */
    public static final List<String> OCPP_TLS12_SUITES = List.of(
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_128_GCM_SHA256");
    private static final List<String> TLS13_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256");

    private TlsServerOptions() {
    }

    /** Turns {@code options} into the TLS listener's options. */
    public static HttpServerOptions apply(HttpServerOptions options, TlsMaterial material) {
        options.setSsl(true)
                .setKeyCertOptions(KeyCertOptions.wrap(material.serverKeys()))
                .setTrustOptions(TrustOptions.wrap(material.clientTrust()))
                .setClientAuth(ClientAuth.REQUEST)
                .setEnabledSecureTransportProtocols(PROTOCOLS);
        OCPP_TLS12_SUITES.forEach(options::addEnabledCipherSuite);
        TLS13_SUITES.forEach(options::addEnabledCipherSuite);
        return options;
    }
}
