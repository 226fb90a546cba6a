package de.ladewerk.gateway.certificate;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Ladewerk's own CA: signs charging-station certificates (TLS client certificates for profile 3) with
 * the CA key it was given. It does not issue V2G certificates: those belong to the ISO 15118 PKI, reached
 * through another {@link CertificateAuthority}. The issued subject is CN = station identity and O from
 * the checked CSR; nothing else of the CSR's subject or extensions is copied.
 */
public final class LocalCertificateAuthority implements CertificateAuthority {

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Duration validity;

    public LocalCertificateAuthority(PrivateKey key, X509Certificate certificate, Duration validity) {
        this.key = key;
        this.certificate = certificate;
        this.validity = validity;
    }

    /** The CA's own certificate: the root stations trust the CSMS by and the gateway trusts stations by. */
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public boolean issues(CertificateUse use) {
        return use == CertificateUse.CHARGING_STATION;
    }

    @Override
    public CompletionStage<List<X509Certificate>> sign(SigningRequest request) {
        if (!issues(request.use())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Ladewerk's CA does not issue " + request.use()));
        }
        try {
            PublicKey subjectKey = PublicKeys.of(request.csr().getSubjectPublicKeyInfo());
            X500Name csrSubject = request.csr().getSubject();
            X500Name subject = CertificateIssuer.name(request.stationId(), CsrValidator.attribute(csrSubject, BCStyle.O));
            X509Certificate leaf = CertificateIssuer.issue(key, certificate, subject, subjectKey, validity,
                    CertificateIssuer.Purpose.CLIENT, List.of());
            return CompletableFuture.completedFuture(List.of(leaf, certificate));
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
