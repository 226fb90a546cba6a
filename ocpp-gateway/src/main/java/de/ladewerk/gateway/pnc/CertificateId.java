package de.ladewerk.gateway.pnc;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What identifies one certificate to an OCSP responder (RFC 6960 CertID), as OCPP 2.0.1 carries it in
 * OCSPRequestDataType: the hash algorithm, the hashes of the issuer's name and key (hex) and the serial number
 * (hex).
 *
 * @param hashAlgorithm SHA256, SHA384 or SHA512
 * @param responderUrl  where to ask
 */
public record CertificateId(String hashAlgorithm, byte[] issuerNameHash, byte[] issuerKeyHash, BigInteger serialNumber,
                            String responderUrl) {

    /**
     * Reads OCPP's hex fields; a field that is not what OCPP says it is gives an {@link IllegalArgumentException}
     * naming it.
     */
    public static CertificateId fromOcpp(String hashAlgorithm, String issuerNameHash, String issuerKeyHash,
                                         String serialNumber, String responderUrl) {
        return new CertificateId(hashAlgorithm, hex("issuerNameHash", issuerNameHash), hex("issuerKeyHash", issuerKeyHash),
                new BigInteger(1, hex("serialNumber", serialNumber)), responderUrl);
    }

    private static byte[] hex(String field, String value) {
        try {
            return HexFormat.of().parseHex(value.length() % 2 == 0 ? value : "0" + value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not hexadecimal: " + value, e);
        }
    }

    /** The key of the status cache: everything but the responder. */
    String cacheKey() {
        HexFormat hex = HexFormat.of();
        return hashAlgorithm.toUpperCase(Locale.ROOT) + ':' + hex.formatHex(issuerNameHash) + ':'
                + hex.formatHex(issuerKeyHash) + ':' + serialNumber.toString(16);
    }

    @Override
    public String toString() {
        return "certificate " + serialNumber.toString(16) + " (issuer key " + HexFormat.of().formatHex(issuerKeyHash) + ")";
    }
}
