package de.ladewerk.gateway.tls;

import de.ladewerk.gateway.certificate.LocalCertificateAuthority;
import de.ladewerk.gateway.certificate.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded key material: the server's keys (both key types in one key manager, so the JDK picks the RSA
 * or ECDSA certificate to fit the cipher suite negotiated), the CAs station certificates are checked
 * against, and Ladewerk's CA.
 */
public record TlsMaterial(KeyManagerFactory serverKeys, TrustManagerFactory clientTrust,
                          LocalCertificateAuthority ca, List<String> serverKeyTypes) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsMaterial.class);

    /** Loads the configured stores, generating development ones where none are configured. Blocking. */
    public static TlsMaterial load(TlsConfig config) {
        DevelopmentPki.Generated generated = config.serverKeyStore() == null || config.caKeyStore() == null
                ? DevelopmentPki.ensure(config.dataDirectory(), config.serverNames(), config.organization()) : null;
        Path serverStore = config.serverKeyStore() != null ? config.serverKeyStore() : generated.serverKeyStore();
        String serverPassword = config.serverKeyStore() != null ? config.serverKeyStorePassword() : generated.password();
        Path caStore = config.caKeyStore() != null ? config.caKeyStore() : generated.caKeyStore();
        String caPassword = config.caKeyStore() != null ? config.caKeyStorePassword() : generated.password();
        try {
            KeyStore server = KeyStores.read(serverStore, serverPassword);
            List<String> types = keyTypes(server);
            if (!types.contains("RSA") || !types.contains("EC")) {
                LOG.warn("{} holds {} keys only: OCPP requires both an RSA and an ECDSA server certificate, so "
                        + "half of the required cipher suites cannot be negotiated", serverStore, types);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
            kmf.init(server, serverPassword.toCharArray());
            KeyStore caKs = KeyStores.read(caStore, caPassword);
            String alias = caAlias(caKs, caStore);
            X509Certificate caCert = (X509Certificate) caKs.getCertificate(alias);
            LocalCertificateAuthority ca = new LocalCertificateAuthority(
                    (PrivateKey) caKs.getKey(alias, caPassword.toCharArray()), caCert, config.stationCertificateValidity());
            return new TlsMaterial(kmf, clientTrust(caCert, config.trustedClientCas()), ca, types);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot load TLS material: " + e.getMessage(), e);
        }
    }

    private static TrustManagerFactory clientTrust(X509Certificate ownCa, Path extra)
            throws GeneralSecurityException, IOException {
        List<X509Certificate> trusted = new ArrayList<>(List.of(ownCa));
        if (extra != null) {
            trusted.addAll(Pem.certificates(Files.readString(extra)));
        }
        KeyStore ks = KeyStores.empty();
        for (int i = 0; i < trusted.size(); i++) {
            ks.setCertificateEntry("trusted-" + i, trusted.get(i));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(ks);
        return tmf;
    }

    private static List<String> keyTypes(KeyStore ks) throws GeneralSecurityException {
        List<String> types = new ArrayList<>();
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                types.add(ks.getCertificate(alias).getPublicKey().getAlgorithm());
            }
        }
        return types;
    }

    private static String caAlias(KeyStore ks, Path file) throws GeneralSecurityException {
        if (ks.isKeyEntry(DevelopmentPki.CA_ALIAS)) {
            return DevelopmentPki.CA_ALIAS;
        }
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IllegalArgumentException(file + " holds no CA key entry");
    }
}
