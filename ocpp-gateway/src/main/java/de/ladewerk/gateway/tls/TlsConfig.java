package de.ladewerk.gateway.tls;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The TLS listener for security profiles 2 and 3, and Ladewerk's CA.
 *
 * @param enabled                    whether the {@code wss://} listener runs (and Ladewerk's CA signs station CSRs)
 * @param port                       its port (0 picks a free one, for tests)
 * @param dataDirectory              where development key material is generated at first start when no key
 *                                   stores are configured
 * @param serverKeyStore             PKCS#12 with an RSA and an ECDSA key entry (each with its chain); null →
 *                                   generated in {@code dataDirectory}
 * @param serverKeyStorePassword     its password (also of its keys)
 * @param caKeyStore                 PKCS#12 with the CA's key entry that signs station certificates; null →
 *                                   generated in {@code dataDirectory}
 * @param caKeyStorePassword         its password
 * @param trustedClientCas           PEM bundle of further CAs whose station certificates are accepted (profile 3);
 *                                   Ladewerk's own CA is always trusted; null for none
 * @param serverNames                DNS names / IP addresses the generated server certificates are valid for
 * @param organization               the operator's name: O of generated certificates, and the O every station
 *                                   CSR must carry (null: any non-empty O)
 * @param stationCertificateValidity how long certificates Ladewerk's CA signs for stations are valid
 */
public record TlsConfig(
        boolean enabled,
        int port,
        Path dataDirectory,
        Path serverKeyStore,
        String serverKeyStorePassword,
        Path caKeyStore,
        String caKeyStorePassword,
        Path trustedClientCas,
        List<String> serverNames,
        String organization,
        Duration stationCertificateValidity) {

    public TlsConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("gateway TLS port must be 0–65535, is " + port);
        }
        serverNames = serverNames == null ? List.of() : List.copyOf(serverNames);
        if (enabled && serverKeyStore == null && dataDirectory == null) {
            throw new IllegalArgumentException("TLS needs a server key store or a data directory to generate one in");
        }
        if ((serverKeyStore == null) != (serverKeyStorePassword == null) && serverKeyStore != null) {
            throw new IllegalArgumentException("the TLS server key store needs its password");
        }
        if (stationCertificateValidity == null || stationCertificateValidity.toDays() < 1) {
            throw new IllegalArgumentException("station certificate validity must be at least one day");
        }
    }

    /** TLS off: Ladewerk's defaults for the other settings (port 8443, data/tls, localhost, one year). */
    public static TlsConfig disabled() {
        return new TlsConfig(false, 8443, Path.of("data", "tls"), null, null, null, null, null,
                List.of("localhost", "127.0.0.1"), null, Duration.ofDays(365));
    }

    /** The same settings with TLS on, for tests and tools. */
    public TlsConfig enabledOn(int tlsPort, Path directory) {
        return new TlsConfig(true, tlsPort, directory, serverKeyStore, serverKeyStorePassword, caKeyStore,
                caKeyStorePassword, trustedClientCas, serverNames, organization, stationCertificateValidity);
    }
}
