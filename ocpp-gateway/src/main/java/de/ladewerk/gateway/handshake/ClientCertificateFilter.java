package de.ladewerk.gateway.handshake;

import io.vertx.core.Future;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Security profile 3: takes the TLS client certificate, if the station presented one. Its chain was already
 * verified against the trusted CAs by the TLS handshake (an untrusted or expired certificate ends the
 * connection there); here its subject CN must be the station identity — Ladewerk's rule, with the identity
 * being the station's serial number as OCPP puts it in the CN. A mismatch → 401.
 */
public final class ClientCertificateFilter implements HandshakeFilter {

    @Override
    public Future<Void> apply(HandshakeContext context) {
        if (!context.handshake().isSsl()) {
            return Future.succeededFuture();
        }
        List<Certificate> chain;
        try {
            chain = context.handshake().peerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            return Future.succeededFuture(); // no client certificate: profile 2 at most
        }
        if (chain == null || chain.isEmpty() || !(chain.get(0) instanceof X509Certificate leaf)) {
            return Future.succeededFuture();
        }
        String cn = commonName(leaf);
        if (!context.identity().equals(cn)) {
            return Future.failedFuture(new HandshakeRejection(401,
                    "client certificate CN '" + cn + "' is not the station identity " + context.identity()));
        }
        context.clientCertificate(leaf);
        return Future.succeededFuture();
    }

    /** The first CN of the certificate's subject, or null. */
    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }
}
