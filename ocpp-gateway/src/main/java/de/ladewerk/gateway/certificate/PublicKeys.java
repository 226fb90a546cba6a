package de.ladewerk.gateway.certificate;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** A CSR's public key as a JDK key, using the JDK's own key factories (no BouncyCastle provider is installed). */
final class PublicKeys {

    private PublicKeys() {
    }

    static PublicKey of(SubjectPublicKeyInfo info) throws GeneralSecurityException {
        var oid = info.getAlgorithm().getAlgorithm();
        String algorithm;
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            algorithm = "EC";
        } else if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            algorithm = "RSA";
        } else {
            throw new GeneralSecurityException("key algorithm " + oid + " is not accepted; use RSA or EC");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (IOException e) {
            throw new GeneralSecurityException("unreadable public key: " + e.getMessage(), e);
        }
    }
}
