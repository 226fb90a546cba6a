package de.ladewerk.gateway.certificate;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Signs station CSRs: Ladewerk's own {@link LocalCertificateAuthority}, or an adapter to an external CA
 * (a V2G PKI, a company CA). May be slow or remote, so it answers with a stage; it is called from a
 * worker thread, never an event loop.
 */
public interface CertificateAuthority {

    /** Whether this CA issues certificates for the use; if not, SignCertificate is answered Rejected. */
    boolean issues(CertificateUse use);

    /** The signed chain, leaf first (the station gets it as it is). */
    CompletionStage<List<X509Certificate>> sign(SigningRequest request);
}
