package de.ladewerk.billing.ocmf;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A parsed OCMF packet {@code OCMF|payload|signature}. {@code raw} is kept byte for byte; the signature
 * covers exactly {@link #signedBytes()}, the payload section as received.
 *
 * @param pagination PG, e.g. "T12" (transaction counter) or "F3" (fiscal)
 * @param signatureAlgorithm SA, "ECDSA-secp256r1-SHA256" when absent
 * @param signatureHex SD, DER-encoded ECDSA signature in hex
 */
public record OcmfPacket(String raw, String payloadSection, String meterSerial, String gatewayId, String pagination,
                         List<OcmfReading> readings, String signatureAlgorithm, String signatureHex) {

    public OcmfPacket {
        readings = List.copyOf(readings);
    }

    public byte[] signedBytes() {
        return payloadSection.getBytes(StandardCharsets.UTF_8);
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
