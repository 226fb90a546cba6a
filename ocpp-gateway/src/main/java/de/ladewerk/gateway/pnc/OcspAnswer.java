package de.ladewerk.gateway.pnc;

import java.time.Instant;

/**
 * The outcome of one OCSP check.
 *
 * @param status     what the responder said, or {@link OcspStatus#UNAVAILABLE}
 * @param validUntil until when the answer may be reused (the response's nextUpdate, bounded); null: not at all
 * @param response   the DER-encoded OCSPResponse as the responder sent it (for GetCertificateStatus), or null
 * @param detail     why, in a sentence, for logs and statusInfo
 */
public record OcspAnswer(OcspStatus status, Instant validUntil, byte[] response, String detail) {

    static OcspAnswer unavailable(String detail) {
        return new OcspAnswer(OcspStatus.UNAVAILABLE, null, null, detail);
    }
}
