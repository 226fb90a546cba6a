package de.ladewerk.gateway.certificate;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds X.509 certificates with BouncyCastle: CA certificates, TLS server certificates and station
 * (TLS client) certificates. Serial numbers are 159 random bits, as RFC 5280 allows at most 20 octets.
 */
public final class CertificateIssuer {

    /** What a certificate may be used for. */
    public enum Purpose { CA, SERVER, CLIENT }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Backdated so that a station whose clock is a little behind still accepts the certificate. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private CertificateIssuer() {
    }

    /** An X.500 name with CN and, if given, O. */
    public static X500Name name(String commonName, String organization) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        if (organization != null && !organization.isBlank()) {
            b.addRDN(BCStyle.O, organization);
        }
        b.addRDN(BCStyle.CN, commonName);
        return b.build();
    }

    /** A self-signed root CA certificate. */
    public static X509Certificate selfSignedCa(KeyPair key, X500Name subject, Duration validity) {
        return build(key.getPrivate(), subject, null, subject, key.getPublic(), validity, Purpose.CA, List.of());
    }

    /**
     * A certificate for {@code subjectKey}, signed by the issuer.
     *
     * @param dnsNames subject alternative names (DNS names, or IP addresses for numeric ones); servers only
     */
    public static X509Certificate issue(PrivateKey issuerKey, X509Certificate issuer, X500Name subject,
                                        PublicKey subjectKey, Duration validity, Purpose purpose, List<String> dnsNames) {
        return build(issuerKey, X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), issuer,
                subject, subjectKey, validity, purpose, dnsNames);
    }

    private static X509Certificate build(PrivateKey signer, X500Name issuerName, X509Certificate issuer,
                                         X500Name subject, PublicKey subjectKey, Duration validity,
                                         Purpose purpose, List<String> dnsNames) {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, new BigInteger(159, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(validity)), subject, subjectKey);
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
            if (issuer != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
            }
            switch (purpose) {
                case CA -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                }
                case SERVER, CLIENT -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    // RSA keys sign (ECDHE_RSA) and EC keys sign (ECDHE_ECDSA); keyAgreement for static ECDH peers
                    b.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyAgreement));
                    b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            purpose == Purpose.SERVER ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
                }
                default -> throw new IllegalStateException("unreachable");
            }
            if (!dnsNames.isEmpty()) {
                GeneralName[] names = dnsNames.stream().map(CertificateIssuer::generalName).toArray(GeneralName[]::new);
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(KeyPairs.signatureAlgorithm(signer)).build(signer)));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("could not build certificate for " + subject + ": " + e.getMessage(), e);
        }
    }

    private static GeneralName generalName(String name) {
        boolean ip = name.matches("[0-9.]+") || name.contains(":");
        return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name);
    }
}
