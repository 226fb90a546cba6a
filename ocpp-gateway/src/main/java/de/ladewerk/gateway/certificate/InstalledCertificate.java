package de.ladewerk.gateway.certificate;

import java.time.Instant;

/**
 * A certificate Ladewerk knows to be on a station.
 *
 * @param source   ISSUED (signed by Ladewerk and accepted), INSTALLED (sent with InstallCertificate and
 *                 accepted) or REPORTED (listed by the station in GetInstalledCertificateIds)
 * @param subject  the subject DN when Ladewerk had the certificate itself, else null
 * @param notAfter its expiry when known
 */
public record InstalledCertificate(String stationId, String certificateType, CertificateId id, String source,
                                   String subject, Instant notAfter, Instant updatedAt) {
}
