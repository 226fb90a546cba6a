package de.ladewerk.gateway.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;

/** Key pairs of the two kinds OCPP's TLS profiles need, and the signature algorithm for each. */
public final class KeyPairs {

    private KeyPairs() {
    }

    /** A 2048-bit RSA key pair (the minimum OCPP 2.0.1 allows for RSA). */
    public static KeyPair rsa() {
        return generate("RSA", 2048);
    }

    /** An ECDSA key pair on P-256 (secp256r1). */
    public static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every JDK", e);
        }
    }

    /** SHA256withRSA or SHA256withECDSA, whichever fits the signing key. */
    public static String signatureAlgorithm(PrivateKey key) {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static KeyPair generate(String algorithm, int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
