package de.ladewerk.gateway.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * How OCPP names an installed certificate (CertificateHashDataType, the same in 1.6 and 2.0.1): hashes of
 * the issuer's name and public key and the serial number in hex without leading zeros.
 *
 * @param hashAlgorithm SHA256, SHA384 or SHA512
 */
public record CertificateId(String hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber) {

    public CertificateId {
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(issuerNameHash, "issuerNameHash");
        Objects.requireNonNull(issuerKeyHash, "issuerKeyHash");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }

    /**
     * The SHA256 id of {@code certificate} issued by {@code issuer}: the issuer's encoded name and the bits of
     * its public key (as OCSP's CertID computes them).
     */
    public static CertificateId of(X509Certificate certificate, X509Certificate issuer) {
        byte[] keyBits = SubjectPublicKeyInfo.getInstance(issuer.getPublicKey().getEncoded()).getPublicKeyData().getBytes();
        return new CertificateId("SHA256",
                sha256(certificate.getIssuerX500Principal().getEncoded()),
                sha256(keyBits),
                certificate.getSerialNumber().toString(16));
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
