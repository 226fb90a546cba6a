package de.ladewerk.billing.ocmf;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/** Meter public keys in the hex form S.A.F.E. and OCPI use: DER SubjectPublicKeyInfo, hex-encoded. */
public final class MeterKeys {

    private MeterKeys() {
    }

    public static PublicKey fromHex(String hex) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex(hex.strip())));
        } catch (IllegalArgumentException | InvalidKeySpecException e) {
            throw new IllegalArgumentException("not a hex-encoded EC public key (X.509 SubjectPublicKeyInfo)", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no EC key factory", e);
        }
    }

    public static String toHex(PublicKey key) {
        return HexFormat.of().formatHex(key.getEncoded());
    }
}
