package de.ladewerk.gateway.certificate;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** A checked CSR of a station, ready for a {@link CertificateAuthority}. */
public record SigningRequest(String stationId, CertificateUse use, PKCS10CertificationRequest csr) {
}
