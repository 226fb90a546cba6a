package de.ladewerk.billing.ocmf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A parsed OCMF packet {@code OCMF|payload|signature}. {@code raw} is kept byte for byte; the signature
 * covers exactly {@link #signedBytes()}, the payload section as received.
 *
 * @param pagination         PG, e.g. "T12" (transaction counter) or "F3" (fiscal)
 * @param signatureAlgorithm SA as sent, {@code null} when absent (then ECDSA-secp256r1-SHA256)
 * @param signatureEncoding  SE: "hex" (the default) or "base64"
 * @param signatureData      SD, the DER-encoded ECDSA signature in that encoding
 */
public record OcmfPacket(String raw, String payloadSection, String meterSerial, String gatewayId, String pagination,
                         List<OcmfReading> readings, String signatureAlgorithm, String signatureEncoding,
                         String signatureData) {

    public OcmfPacket {
        readings = List.copyOf(readings);
    }

    public byte[] signedBytes() {
        return payloadSection.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature's DER bytes, decoded as SE says. */
    public byte[] signatureBytes() {
        try {
            return "base64".equalsIgnoreCase(signatureEncoding) ? Base64.getDecoder().decode(signatureData)
                    : HexFormat.of().parseHex(signatureData);
        } catch (IllegalArgumentException e) {
            throw new OcmfFormatException("signature SD is not " + signatureEncoding + " as SE says");
        }
    }

    /** The curve SA names (secp256r1 when absent); empty if SA is none of the specification's algorithms. */
    public java.util.Optional<OcmfCurve> curve() {
        return signatureAlgorithm == null ? java.util.Optional.of(OcmfCurve.DEFAULT) : OcmfCurve.ofAlgorithm(signatureAlgorithm);
    }

    /** Counter of the pagination, e.g. 12 for "T12". */
    public long paginationNumber() {
        return Long.parseLong(pagination.substring(1));
    }

    /** Pagination kind: 'T' inside a transaction, 'F' fiscal (outside). */
    public char paginationKind() {
        return pagination.charAt(0);
    }
}
