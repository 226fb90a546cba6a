package de.ladewerk.gateway.pnc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Asks an OCSP responder (RFC 6960, over HTTP POST) for the status of one certificate, with BouncyCastle's OCSP
 * classes. Blocking: call it on a worker thread.
 *
 * <p>An answer is trusted only when it is signed by the certificate's issuer (an included certificate whose key
 * hash is the request's issuerKeyHash) or by a responder certificate with the OCSP-signing purpose that this
 * issuer signed and that is valid now; it must name the asked certificate, be current (thisUpdate not in the
 * future, nextUpdate not past) and carry our nonce if it carries one. Anything else is
 * {@link OcspStatus#UNAVAILABLE} with the reason.
 */
public final class OcspClient {

    /** Answers are reused at most this long, even when the responder allows longer. */
    static final Duration MAX_REUSE = Duration.ofHours(24);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param timeout for connecting and for the whole answer */
    public OcspClient(Duration timeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Asks the certificate's responder; never throws for what the network or the responder does. */
    public OcspAnswer check(CertificateId id) {
        URI responder;
        try {
            responder = URI.create(id.responderUrl());
        } catch (IllegalArgumentException e) {
            return OcspAnswer.unavailable("responder URL is not a URL: " + id.responderUrl());
        }
        if (responder.getScheme() == null || !responder.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
            return OcspAnswer.unavailable("responder URL must be http or https: " + id.responderUrl());
        }
        ASN1ObjectIdentifier hash = hashOid(id.hashAlgorithm());
        if (hash == null) {
            return OcspAnswer.unavailable("hash algorithm not supported: " + id.hashAlgorithm());
        }
        CertificateID certId = new CertificateID(new CertID(new AlgorithmIdentifier(hash, DERNull.INSTANCE),
                new DEROctetString(id.issuerNameHash()), new DEROctetString(id.issuerKeyHash()),
                new ASN1Integer(id.serialNumber())));
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        byte[] body;
        try {
            OCSPReq request = new OCSPReqBuilder().addRequest(certId).setRequestExtensions(new Extensions(
                    new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce)))).build();
            body = request.getEncoded();
        } catch (OCSPException | IOException e) {
            return OcspAnswer.unavailable("could not build the OCSP request: " + e.getMessage());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(responder).timeout(timeout)
                    .header("Content-Type", "application/ocsp-request").header("Accept", "application/ocsp-response")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return OcspAnswer.unavailable("responder " + responder + " not reachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OcspAnswer.unavailable("interrupted while asking " + responder);
        }
        if (response.statusCode() != 200) {
            return OcspAnswer.unavailable("responder " + responder + " answered HTTP " + response.statusCode());
        }
        return read(certId, nonce, response.body());
    }

    /** Reads and checks a DER OCSPResponse for the asked certificate. */
    OcspAnswer read(CertificateID asked, byte[] nonce, byte[] der) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                return OcspAnswer.unavailable("responder refused the request (OCSP status " + resp.getStatus() + ")");
            }
            if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                return OcspAnswer.unavailable("responder sent no basic OCSP response");
            }
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed != null && !Arrays.equals(nonceOf(echoed), nonce)) {
                return OcspAnswer.unavailable("the response carries another request's nonce");
            }
            Instant now = clock.instant();
            X509CertificateHolder signer = trustedSigner(basic, asked, now);
            if (signer == null) {
                return OcspAnswer.unavailable("the response is not signed by the issuer or its OCSP responder");
            }
            for (SingleResp single : basic.getResponses()) {
                if (!sameCertificate(single.getCertID(), asked)) {
                    continue;
                }
                Instant thisUpdate = single.getThisUpdate().toInstant();
                Date next = single.getNextUpdate();
                if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))) {
                    return OcspAnswer.unavailable("the response is dated in the future (" + thisUpdate + ")");
                }
                if (next != null && next.toInstant().isBefore(now)) {
                    return OcspAnswer.unavailable("the response is stale (nextUpdate " + next.toInstant() + ")");
                }
                Instant validUntil = next == null ? null : min(next.toInstant(), now.plus(MAX_REUSE));
                CertificateStatus status = single.getCertStatus();
                if (status == CertificateStatus.GOOD) {
                    return new OcspAnswer(OcspStatus.GOOD, validUntil, der, "good");
                }
                if (status instanceof RevokedStatus revoked) {
                    return new OcspAnswer(OcspStatus.REVOKED, validUntil, der,
                            "revoked at " + revoked.getRevocationTime().toInstant());
                }
                return new OcspAnswer(OcspStatus.UNKNOWN, validUntil, der, "unknown to the responder");
            }
            return OcspAnswer.unavailable("the response does not name the asked certificate");
        } catch (IOException | OCSPException | RuntimeException e) {
            return OcspAnswer.unavailable("unreadable OCSP response: " + e.getMessage());
        }
    }

    private static X509CertificateHolder trustedSigner(BasicOCSPResp basic, CertificateID asked, Instant now) {
        X509CertificateHolder[] included = basic.getCerts();
        X509CertificateHolder issuer = null;
        for (X509CertificateHolder c : included) {
            if (Arrays.equals(keyHash(c, asked.getHashAlgOID()), asked.getIssuerKeyHash())) {
                issuer = c;
            }
        }
        if (issuer == null) {
            return null;
        }
        if (signedBy(basic, issuer)) {
            return issuer;
        }
        Date at = Date.from(now);
        for (X509CertificateHolder c : included) {
            ExtendedKeyUsage purposes = ExtendedKeyUsage.fromExtensions(c.getExtensions());
            if (c != issuer && purposes != null && purposes.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)
                    && c.isValidOn(at) && issuedBy(c, issuer) && signedBy(basic, c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean signedBy(BasicOCSPResp basic, X509CertificateHolder cert) {
        try {
            return basic.isSignatureValid(verifier(cert));
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean issuedBy(X509CertificateHolder cert, X509CertificateHolder issuer) {
        try {
            return cert.getIssuer().equals(issuer.getSubject()) && cert.isSignatureValid(verifier(issuer));
        } catch (Exception e) {
            return false;
        }
    }

    private static ContentVerifierProvider verifier(X509CertificateHolder cert)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaContentVerifierProviderBuilder().setProvider(Pnc.provider()).build(cert);
    }

    private static byte[] keyHash(X509CertificateHolder cert, ASN1ObjectIdentifier hash) {
        try {
            String name = hash.equals(NISTObjectIdentifiers.id_sha256) ? "SHA-256"
                    : hash.equals(NISTObjectIdentifiers.id_sha384) ? "SHA-384" : "SHA-512";
            return MessageDigest.getInstance(name)
                    .digest(cert.getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
        } catch (GeneralSecurityException e) {
            return new byte[0];
        }
    }

    private static boolean sameCertificate(CertificateID a, CertificateID b) {
        return a.getHashAlgOID().equals(b.getHashAlgOID()) && Arrays.equals(a.getIssuerNameHash(), b.getIssuerNameHash())
                && Arrays.equals(a.getIssuerKeyHash(), b.getIssuerKeyHash()) && a.getSerialNumber().equals(b.getSerialNumber());
    }

    private static byte[] nonceOf(Extension extension) {
        byte[] value = extension.getExtnValue().getOctets();
        // responders wrap the nonce in an OCTET STRING, some send it bare
        try {
            return DEROctetString.getInstance(value).getOctets();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    static ASN1ObjectIdentifier hashOid(String algorithm) {
        return switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "SHA256" -> NISTObjectIdentifiers.id_sha256;
            case "SHA384" -> NISTObjectIdentifiers.id_sha384;
            case "SHA512" -> NISTObjectIdentifiers.id_sha512;
            default -> null;
        };
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
