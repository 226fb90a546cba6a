package de.ladewerk.gateway.certificate;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Checks a station's CSR before anything is signed: it must be readable PEM, its signature must verify
 * with its own public key (proof the station holds the private key), the key must be RSA ≥ 2048 bits or
 * EC ≥ 224 bits (OCPP 2.0.1 A00), the subject's CN must be the station's identity (Ladewerk's rule: the
 * identity is the serial number, so profile 3 can match it), and O must be present — and equal the
 * configured operator organisation when one is configured (2.0.1 A00: O carries the CSO's name).
 */
public final class CsrValidator {

    private final String organization;

    /** @param organization the CSO name CSRs must carry in O, or null to accept any non-empty O */
    public CsrValidator(String organization) {
        this.organization = organization == null || organization.isBlank() ? null : organization;
    }

    public CsrCheck check(String stationId, String pem) {
        PKCS10CertificationRequest csr;
        try {
            csr = Pem.csr(pem);
        } catch (IllegalArgumentException e) {
            return CsrCheck.refused(e.getMessage());
        }
        PublicKey key;
        try {
            key = PublicKeys.of(csr.getSubjectPublicKeyInfo());
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                return CsrCheck.refused("the CSR's signature does not verify with its public key");
            }
        } catch (Exception e) {
            return CsrCheck.refused("the CSR's key or signature cannot be read: " + e.getMessage());
        }
        String weak = weakness(key);
        if (weak != null) {
            return CsrCheck.refused(weak);
        }
        X500Name subject = csr.getSubject();
        String cn = attribute(subject, BCStyle.CN);
        if (!stationId.equals(cn)) {
            return CsrCheck.refused("the CSR's CN '" + cn + "' is not the station identity " + stationId);
        }
        String o = attribute(subject, BCStyle.O);
        if (o == null || o.isBlank()) {
            return CsrCheck.refused("the CSR's subject has no O (organization)");
        }
        if (organization != null && !organization.equals(o)) {
            return CsrCheck.refused("the CSR's O '" + o + "' is not the operator " + organization);
        }
        return CsrCheck.passed(csr);
    }

    private static String weakness(PublicKey key) {
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
            return "RSA key of " + rsa.getModulus().bitLength() + " bits; at least 2048 are required";
        }
        if (key instanceof ECPublicKey ec && ec.getParams().getOrder().bitLength() < 224) {
            return "EC key of " + ec.getParams().getOrder().bitLength() + " bits; at least 224 are required";
        }
        if (!(key instanceof RSAPublicKey) && !(key instanceof ECPublicKey)) {
            return "key algorithm " + key.getAlgorithm() + " is not accepted; use RSA or EC";
        }
        return null;
    }

    static String attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
