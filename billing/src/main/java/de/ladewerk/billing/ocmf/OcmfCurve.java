package de.ladewerk.billing.ocmf;

import java.util.Arrays;
import java.util.Optional;

/**
 * The curves of the OCMF signature algorithms (OCMF, table "SA"), all ECDSA over SHA-256. The names are
 * BouncyCastle's curve names, which the verifier looks the curve parameters up by.
 */
public enum OcmfCurve {
    SECP192K1("ECDSA-secp192k1-SHA256", "secp192k1"),
    SECP256K1("ECDSA-secp256k1-SHA256", "secp256k1"),
    SECP192R1("ECDSA-secp192r1-SHA256", "secp192r1"),
    SECP256R1("ECDSA-secp256r1-SHA256", "secp256r1"),
    BRAINPOOL256R1("ECDSA-brainpool256r1-SHA256", "brainpoolP256r1"),
    SECP384R1("ECDSA-secp384r1-SHA256", "secp384r1"),
    BRAINPOOL384R1("ECDSA-brainpool384r1-SHA256", "brainpoolP384r1");

    /** The algorithm when a packet names none (OCMF 0.4 and later). */
    public static final OcmfCurve DEFAULT = SECP256R1;

    private final String algorithm;
    private final String curveName;

    OcmfCurve(String algorithm, String curveName) {
        this.algorithm = algorithm;
        this.curveName = curveName;
    }

    /** The SA value, e.g. "ECDSA-brainpool256r1-SHA256". */
    public String algorithm() {
        return algorithm;
    }

    /** The curve's standard name, e.g. "brainpoolP256r1". */
    public String curveName() {
        return curveName;
    }

    /**
     * The curve of an SA value. Stations also write the curve as the standard names it ("brainpoolP256r1"),
     * so the comparison ignores case and that "P".
     */
    public static Optional<OcmfCurve> ofAlgorithm(String sa) {
        String wanted = normalise(sa);
        return Arrays.stream(values()).filter(c -> normalise(c.algorithm).equals(wanted)).findFirst();
    }

    private static String normalise(String sa) {
        return sa == null ? "" : sa.strip().toLowerCase(java.util.Locale.ROOT).replace("brainpoolp", "brainpool");
    }
}
