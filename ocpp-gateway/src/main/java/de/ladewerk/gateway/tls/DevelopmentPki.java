package de.ladewerk.gateway.tls;

import de.ladewerk.gateway.certificate.CertificateIssuer;
import de.ladewerk.gateway.certificate.KeyPairs;
import de.ladewerk.gateway.certificate.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key material for development and first installations, generated once into a data directory: a CA
 * ({@code ca.p12}, alias {@value #CA_ALIAS}; its certificate also as {@code ca.pem} to install on stations),
 * and {@code server.p12} with an RSA ({@value #RSA_ALIAS}) and an ECDSA ({@value #EC_ALIAS}) server
 * certificate signed by it, so all four cipher suites OCPP requires can be negotiated. The stores'
 * password is generated into {@code keystore.password} (owner-readable only). Existing files are reused.
 */
public final class DevelopmentPki {

    public static final String CA_ALIAS = "ca";
    public static final String RSA_ALIAS = "rsa";
    public static final String EC_ALIAS = "ecdsa";
    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentPki.class);
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(825);

    /** Where the generated stores are and their password. */
    public record Generated(Path serverKeyStore, Path caKeyStore, Path caCertificate, String password) {
    }

    private DevelopmentPki() {
    }

    /** Generates what is missing in {@code dir} and returns where everything is. */
    public static Generated ensure(Path dir, List<String> serverNames, String organization) {
        try {
            Files.createDirectories(dir);
            Path passwordFile = dir.resolve("keystore.password");
            String password = Files.exists(passwordFile)
                    ? Files.readString(passwordFile, StandardCharsets.UTF_8).trim() : newPassword(passwordFile);
            Path caStore = dir.resolve("ca.p12");
            Path serverStore = dir.resolve("server.p12");
            Path caPem = dir.resolve("ca.pem");
            if (!Files.exists(caStore)) {
                LOG.info("generating Ladewerk's development CA in {}", caStore);
                KeyPair key = KeyPairs.ec();
                X509Certificate ca = CertificateIssuer.selfSignedCa(key,
                        CertificateIssuer.name("Ladewerk CA", organization), CA_VALIDITY);
                KeyStore ks = KeyStores.empty();
                ks.setKeyEntry(CA_ALIAS, key.getPrivate(), password.toCharArray(), new Certificate[] {ca});
                KeyStores.write(ks, caStore, password);
                Files.deleteIfExists(serverStore); // server certificates of another CA would not verify
            }
            KeyStore caKs = KeyStores.read(caStore, password);
            PrivateKey caKey = (PrivateKey) caKs.getKey(CA_ALIAS, password.toCharArray());
            X509Certificate ca = (X509Certificate) caKs.getCertificate(CA_ALIAS);
            Files.writeString(caPem, Pem.write(ca));
            if (!Files.exists(serverStore)) {
                LOG.info("generating RSA and ECDSA server certificates for {} in {}", serverNames, serverStore);
                KeyStore ks = KeyStores.empty();
                addServer(ks, RSA_ALIAS, KeyPairs.rsa(), caKey, ca, serverNames, organization, password);
                addServer(ks, EC_ALIAS, KeyPairs.ec(), caKey, ca, serverNames, organization, password);
                KeyStores.write(ks, serverStore, password);
            }
            return new Generated(serverStore, caStore, caPem, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare TLS material in " + dir + ": " + e.getMessage(), e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the CA key in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void addServer(KeyStore ks, String alias, KeyPair key, PrivateKey caKey, X509Certificate ca,
                                  List<String> names, String organization, String password) throws KeyStoreException {
        String cn = names.isEmpty() ? "localhost" : names.get(0);
        X509Certificate cert = CertificateIssuer.issue(caKey, ca, CertificateIssuer.name(cn, organization),
                key.getPublic(), SERVER_VALIDITY, CertificateIssuer.Purpose.SERVER, names);
        ks.setKeyEntry(alias, key.getPrivate(), password.toCharArray(), new Certificate[] {cert, ca});
    }

    private static String newPassword(Path file) throws IOException {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.warn("cannot restrict the permissions of {} on this file system", file);
        }
        return password;
    }
}
