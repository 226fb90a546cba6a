package de.ladewerk.billing.ocmf;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Meter public keys and ECDSA checks on them. Keys are DER SubjectPublicKeyInfo, as S.A.F.E. publishes them
 * hex-encoded and OCPP 2.0.1 sends them Base64-encoded. Every operation uses BouncyCastle, registered
 * explicitly here: the JDK's own EC provider no longer knows the brainpool curves or secp256k1.
 */
public final class MeterKeys {

    /** BouncyCastle, added to the JCA providers once (if nothing else had) and used by name below. */
    static final Provider BC = register();

    private MeterKeys() {
    }

    /** The BouncyCastle provider billing verifies with (for tests and tools that make keys and signatures). */
    public static Provider provider() {
        return BC;
    }

    private static Provider register() {
        Provider present = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (present != null) {
            return present;
        }
        Provider bc = new BouncyCastleProvider();
        Security.addProvider(bc);
        return bc;
    }

    /** A key given as hex or Base64 of its DER SubjectPublicKeyInfo. */
    public static PublicKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the public key is empty");
        }
        String t = text.strip().replaceAll("\\s+", "");
        byte[] der;
        if (t.matches("(?i)[0-9a-f]+") && t.length() % 2 == 0) {
            der = HexFormat.of().parseHex(t);
        } else {
            try {
                der = Base64.getDecoder().decode(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the public key is neither hex nor Base64");
            }
        }
        return fromDer(der);
    }

    /** A key given as hex of its DER SubjectPublicKeyInfo. */
    public static PublicKey fromHex(String hex) {
        try {
            return fromDer(HexFormat.of().parseHex(hex.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hex-encoded EC public key (X.509 SubjectPublicKeyInfo)", e);
        }
    }

    private static PublicKey fromDer(byte[] der) {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the public key is not an EC key in X.509 SubjectPublicKeyInfo form"
                    + " (DER; a bare curve point names no curve)");
        }
        if (curve(key).isEmpty()) {
            throw new IllegalArgumentException("the public key's curve is none of the OCMF curves "
                    + Arrays.stream(OcmfCurve.values()).map(OcmfCurve::curveName).toList());
        }
        return key;
    }

    /** Lower-case hex of the DER SubjectPublicKeyInfo: the form the registry stores and compares. */
    public static String toHex(PublicKey key) {
        return HexFormat.of().formatHex(key.getEncoded());
    }

    /** Base64 of the DER SubjectPublicKeyInfo, as OCPI's signed_data.public_key wants it. */
    public static String toBase64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The OCMF curve a key lies on, if it is one of them. */
    public static Optional<OcmfCurve> curve(PublicKey key) {
        PublicKey bcKey = key instanceof ECPublicKey ? key : reparse(key);
        if (!(bcKey instanceof ECPublicKey ec)) {
            return Optional.empty();
        }
        return Arrays.stream(OcmfCurve.values())
                .filter(c -> ECNamedCurveTable.getParameterSpec(c.curveName()).getCurve().equals(ec.getParameters().getCurve()))
                .findFirst();
    }

    private static PublicKey reparse(PublicKey key) {
        try {
            return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return key;
        }
    }

    /** Whether {@code signature} (DER-encoded ECDSA) over {@code data} verifies with SHA-256 under {@code key}. */
    static boolean verifies(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA", BC);
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }
}
