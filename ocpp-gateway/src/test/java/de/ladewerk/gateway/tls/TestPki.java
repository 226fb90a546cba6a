package de.ladewerk.gateway.tls;

import de.ladewerk.gateway.certificate.CertificateIssuer;
import de.ladewerk.gateway.certificate.KeyPairs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/** The gateway's generated CA, read back by a test, and client certificates made with it or another CA. */
public record TestPki(X509Certificate ca, PrivateKey caKey) {

    /** Reads the CA the gateway generated into {@code dir}. */
    public static TestPki read(Path dir) throws Exception {
        String password = Files.readString(dir.resolve("keystore.password")).trim();
        KeyStore ks = KeyStores.read(dir.resolve("ca.p12"), password);
        return new TestPki((X509Certificate) ks.getCertificate(DevelopmentPki.CA_ALIAS),
                (PrivateKey) ks.getKey(DevelopmentPki.CA_ALIAS, password.toCharArray()));
    }

    /** A CA nobody trusts. */
    public static TestPki foreign() {
        KeyPair key = KeyPairs.ec();
        return new TestPki(CertificateIssuer.selfSignedCa(key, CertificateIssuer.name("Foreign CA", "Elsewhere"),
                Duration.ofDays(30)), key.getPrivate());
    }

    /** An SSL context trusting this CA, presenting a client certificate for CN {@code cn} issued by {@code issuer}. */
    public SSLContext withClientCertificate(TestPki issuer, String cn, Duration validity) throws Exception {
        KeyPair key = KeyPairs.ec();
        X509Certificate cert = CertificateIssuer.issue(issuer.caKey(), issuer.ca(), CertificateIssuer.name(cn, "Ladewerk Test"),
                key.getPublic(), validity, CertificateIssuer.Purpose.CLIENT, List.of());
        return TlsStation.context(ca, key.getPrivate(), cert, issuer.ca());
    }

    /** An SSL context trusting this CA, without a client certificate. */
    public SSLContext trusting() throws Exception {
        return TlsStation.context(ca, null);
    }
}
