package de.ladewerk.simulator.station;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for security profiles 2 and 3: which server certificates to trust and, for profile 3, the
 * station's own client certificate.
 *
 * @param trust          trusted CA certificates; {@code null} uses the JDK's default trust store
 * @param keys           the client certificate and key (profile 3); {@code null} for none
 * @param verifyHostname whether the server certificate must name the host (off only for tests)
 */
public record TlsSettings(TrustManagerFactory trust, KeyManagerFactory keys, boolean verifyHostname) {

    /**
     * From key stores.
     *
     * @param trustStore  CA certificates to trust, or {@code null} for the JDK's default
     * @param clientKeys  the client key and certificate chain, or {@code null}
     * @param keyPassword the password of the client key
     */
    public static TlsSettings of(KeyStore trustStore, KeyStore clientKeys, char[] keyPassword) {
        try {
            TrustManagerFactory trust = null;
            if (trustStore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trustStore);
            }
            KeyManagerFactory keys = null;
            if (clientKeys != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(clientKeys, Objects.requireNonNull(keyPassword, "keyPassword"));
            }
            return new TlsSettings(trust, keys, true);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable key store: " + e.getMessage(), e);
        }
    }

    public TlsSettings withVerifyHostname(boolean value) {
        return new TlsSettings(trust, keys, value);
    }

    /** Security profile 3: the station proves its identity with a certificate. */
    public boolean hasClientCertificate() {
        return keys != null;
    }
}
