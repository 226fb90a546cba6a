package de.ladewerk.gateway.certificate;

import java.time.Instant;

/**
 * One certificate exchange with a station and its outcome, as recorded.
 *
 * @param operation       the OCPP action (SignCertificate, CertificateSigned, InstallCertificate, ...)
 * @param certificateType the version's certificate type word, if the action has one
 * @param certificateId   the certificate concerned, if known
 * @param outcome         the station's status (Accepted, Rejected, Failed, NotFound) or the CSMS's verdict
 *                        (Rejected for a refused CSR) or what went wrong (Timeout, CallError:&lt;code&gt;, Offline)
 * @param detail          a human-readable reason or the certificate's subject
 */
public record CertificateOperation(String stationId, String operation, String certificateType,
                                   CertificateId certificateId, String outcome, String detail, Instant at) {
}
